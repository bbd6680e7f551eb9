// Whose history a service phrase tells (brief F, issue 15's fourth held-out set): "you set up"
// is the sender's relationship only when the sender was served; a request is no history and
// work done for a referrer is a referral. Each case names the evidence that must win.
import { describe, expect, it } from 'vitest';
import { historyMatch, voiceAt } from '@/lib/classify/goal-history';
import { winBack } from '@/lib/classify/goal-cues-history';
import { reason, run } from './helpers';

const goal = (input: Parameters<typeof run>[0]) => reason(run(input), 'goal');
const voice = (text: string, cue: string) => voiceAt(text, text.indexOf(cue), cue.length).voice;

describe('whose history', () => {
  it('reads a cue in a request or a condition as no history', () => {
    expect(voice('could you set up a demo for me and our manager?', 'you set up')).toBe('none');
    expect(voice('would you please set up a trial for our team', 'set up')).toBe('none');
    expect(voice('用得好的话整个车队都换', '用得好')).toBe('none');
    expect(voice('thanks, you set up the vans for us last spring', 'you set up')).toBe('own');
  });

  it('reads work done for a third party as a referral, and for the sender as theirs', () => {
    expect(voice('jess morgan at halden freight said you set up the trackers on her trucks', 'you set up')).toBe('third');
    expect(voice('my neighbour told me you fitted her new boiler', 'you fitted')).toBe('third');
    expect(voice('隔壁厂的张总说你们给他们装的那套设备用得很好', '用得很好')).toBe('third');
    expect(voice('our md said you set up the same system for us', 'you set up')).toBe('own');
    expect(voice('我们车间的张工说你们修的那台又坏了', '你们修的')).toBe('own');
    expect(voice('our site manager said you fitted the new valve', 'you fitted')).toBe('own');
    expect(voice('my neighbour said you fitted the new boiler', 'you fitted')).toBe('third');
    expect(historyMatch('jess said you fitted hers. you fitted ours too', /you fitted/u)?.voice).toBe('own');
  });

  it('needs a lapse beside a return for a win-back', () => {
    expect(winBack('we moved to another roaster in april … we would like to come back to you')).toContain('come back to you');
    expect(winBack("i'll come back to you on the price tomorrow")).toBeNull();
    expect(winBack('今年三月我们换了别家的供应商，用下来不太满意，还是想回到你们这边')).not.toBeNull();
  });
});

describe('goal from whose history', () => {
  it('keeps a first contact asking for a demo new, and says so', () => {
    const r = goal({ subject: 'Booking software', text: 'We have four branches. Could you set up a demo for me and our practice manager?' });
    expect(r).toMatchObject({ value: 'new_customer', code: 'keyword', detail: 'demo' });
  });

  it('makes a referral new business with the referrer as evidence', () => {
    const r = goal({ subject: 'Trackers', text: 'Jess Morgan at Halden Freight said you set up the GPS trackers on her trucks. Could you give me a call?' });
    expect(r?.value).toBe('new_customer');
    expect(r?.code).toBe('first-contact');
    expect(r?.detail).toContain('halden freight said you set up');
  });

  it('lets the sender’s plain relationship outweigh 想了解 and a quote, naming both', () => {
    const r = goal({ subject: '标签纸', text: '谢谢上周帮我们对完账。想了解一下你们的热敏标签纸，我们现在用的打印纸就是你们家的。' });
    expect(r).toMatchObject({ value: 'existing_customer', code: 'existing-relationship' });
    expect(r?.detail).toMatch(/” over “想了解$/u);
    const zh = reason(run({ subject: '标签纸', text: '想了解一下你们的热敏标签纸，我们现在用的打印纸就是你们家的。', locale: 'zh-CN' }), 'goal');
    expect(zh?.detail).toMatch(/^我们现在用的打印纸就是你们”而非“想了解$/u);
    const shrink = goal({ subject: 'Shrink wrap', text: "I'd like to find out more about your shrink wrap: the pallet film we use now is yours." });
    expect(shrink?.value).toBe('existing_customer');
  });

  it('keeps a lapsed customer asking for a quote existing (win-back)', () => {
    const r = goal({ subject: 'Coming back', text: 'We moved to another roaster in April but would like to come back to you. Could you quote for 40 kg a month?' });
    expect(r).toMatchObject({ value: 'existing_customer', code: 'existing-relationship' });
    expect(r?.detail).toMatch(/^moved to another … come back to you” over “quote$/u);
    expect(goal({ subject: '复印纸报价', text: '今年三月我们换了别家的供应商，还是想回到你们这边。麻烦报一下价格。' })?.value).toBe('existing_customer');
  });
});
