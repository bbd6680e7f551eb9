/**
 * Cues for the goal's structural layer (signals/goal-structure.ts): who the sender is to us and
 * what they ask, English and Simplified Chinese, matched on the lower-cased subject and newest
 * message. They are phrasings, not topic words: a keyword says what an email is about, these say
 * whether the sender already buys from us and what they want done. Kept apart from keywords.ts
 * because they are not user-editable.
 */

/** Bounded gaps so that no pattern can run across a whole email. */
const W = String.raw`[^.!?\n]{0,40}?`;
const Z = String.raw`[^。！？!?\n]{0,12}?`;

/**
 * The sender has bought, uses or was served by us already: service history ("thanks for getting
 * the sync issue fixed"), what they run of ours ("we've had your tills for two years"), more of
 * what they have ("six more seats", 再加10个账号), 师傅来装的, 上次在你们店买的.
 */
export const EXISTING_CUES = new RegExp(
  [
    String.raw`thanks?(?:\s+you)?\s+(?:again\s+|so\s+much\s+)?for\s+(?:getting|fixing|sorting|solving|resolving|looking\s+into)`,
    String.raw`(?:we'?ve|we\s+have|i'?ve|i\s+have)\s+had\s+your`,
    String.raw`(?:been|are|were)\s+(?:running|using)${W}\s+(?:since|for\s+(?:\w+\s+)?(?:years?|months?))`,
    String.raw`since\s+we\s+(?:started\s+using|bought|switched\s+to\s+you)`,
    String.raw`(?:our|my)\s+(?:[\w-]+\s+){0,2}?(?:account|subscription|contract|plan|licen[cs]es?|agreement)\s+(?:with\s+you|number|(?:\w+\s+)?(?:expires|runs\s+out|ends|is\s+up))`,
    // Work they had from us, named as theirs: "the same setup you did at our Bristol office".
    String.raw`you\s+(?:did|made|built|installed|supplied|delivered|fitted|sold|designed|put\s+in|set\s+up)\s+(?:\w+\s+)?(?:for|at|in|to)\s+(?:us|our|me|my)\b`,
    String.raw`\b(?:we|i)\s+(?:\w+\s+)?(?:lease|leased|rent|rented|hire|hired|buy|get|got|source|sourced|order)\s+(?:\w+\s+){0,3}?from\s+(?:you|your)\b`,
    // Bought in our shop, the pronoun dropped: "Bought your smart lock from your e-shop", "Got the heater from your Amazon store".
    String.raw`\b(?:bought|ordered|purchased)\s+(?:[\w-]+\s+){0,4}?(?:from|through|via|on|in|at)\s+your\b|\bgot\s+(?:[\w-]+\s+){0,4}?from\s+your\s+(?:[\w-]+\s+)?(?:store|shop|website|site)\b`,
    String.raw`(?:the\s+team|we|everyone|staff|i)\s+(?:really\s+)?(?:loves?|likes?|enjoys?)\s+the\b|(?:to|on)\s+our\s+(?:bill|invoice|plan|package|order)\b`,
    String.raw`like\s+the\s+others|as\s+before|the\s+rest\s+of\s+(?:our|the)\s+(?:team|staff|users)|good\s+to\s+(?:hear|speak)\s+(?:from|with|to)\s+you\s+again|long\s+time\s+no\s+(?:see|speak|talk)|as\s+(?:usual|last\s+time)|same\s+as\s+last\s+time`,
    String.raw`as\s+(?:a|your)\s+(?:\w+\s+)?customer`,
    // What they run of ours and how it runs: "the scanners have worked well in Leeds".
    String.raw`\b(?:the|your)\s+(?:[\w-]+\s+){1,2}(?:have|has)\s+(?:worked|been\s+working|been\s+running|run)\s+(?:really\s+|very\s+)?(?:well|great|fine|nicely|perfectly|smoothly)\b`,
    String.raw`the\s+same\s+plan|what\s+we\s+(?:already\s+)?have|\bmore\s+(?:seats|licen[cs]es|users|accounts)`,
    // A renewal is of something they already have with us; "40 seats (up from 32)" counts what they have.
    String.raw`\brenewals?\b|\brenew(?:s|ing)?\s+(?:our|the|my)\b|\bup\s+from\s+\d+|续约|续费|续签|续订`,
    String.raw`(?:you|your\s+team)\s+(?:sold\s+us|made\s+for\s+us|fixed|sorted\s+out)`,
    String.raw`用(?:了)?你们(?:家)?的${Z}(?:[一二两三四五六七八九十\d]+\s*年|很久|挺久)`,
    // Bought it in a shop, ours or a marketplace's: 在京东自营下单的, 在你们天猫店买的, 网上买的你们的….
    String.raw`(?:在|从)${Z}(?:买|下单|下的单|订|拍)的|(?:网上|线上)(?:买|订|下单|拍)的`,
    String.raw`我们(?:一直)?(?:在)?用(?:的是)?你们`,
    String.raw`上次在你们|上次${Z}(?:你们|贵司)${Z}(?:处理|解决|修|装|送|发)`,
    String.raw`师傅${Z}(?:来装|装的|来修|修的|来过)|你们(?:装|送|修|发|做)的`,
    String.raw`再加\s*[\d一二两三四五六七八九十]+\s*个|再要|还想再|再补|按现在的价格|价格不变|原来的地址|我们的账号`,
    // What they have of ours and how it runs (我们那套ERP用得挺顺手), an order or a term before this one.
    String.raw`用得(?:挺|很|还|蛮|一直)?(?:顺手|好|不错|满意|习惯)|用着(?:挺|很|还)?(?:好|不错)|好久不见|照上次|(?:上周|上次|上个月|前几天|前天|昨天|上回)(?:来|刚)?(?:换|修|装|送|调|改)的|(?:你们|贵司)(?:去年|上次|上回|之前|以前)?给我们(?:做|装|送|发|修|开发|设计)的|(?:上回|上次|之前|以前|去年)(?:在你们${Z})?(?:买|订|做|装)的|上次的(?:单子|订单|货)|上次那批|(?:快|就要|已经)?到期`,
  ].join('|'),
  'iu',
);

/**
 * A first contact: how they came to us (we met at, recommended, 经…介绍, 让我联系您), an
 * introduction of who they are ("we're a 12-person practice", 我们是成都蓉通科技), never having
 * worked together (之前没合作过), or an opening that only a stranger writes ("would you be open
 * to a call", 很感兴趣, 希望探讨合作).
 */
export const FIRST_CONTACT_CUES = new RegExp(
  [
    String.raw`(?:great|nice|good|lovely|pleasure)\s+(?:to\s+meet|meeting|to\s+speak\s+(?:with|to)|speaking\s+(?:with|to))\s+you\s+at`,
    String.raw`(?:we|i)\s+met\s+(?:you\s+)?at|met\s+you\s+at|(?:saw|had|showed|on\s+your\s+stand)${W}\bat\s+the\s+(?:[\w-]+\s+){0,3}(?:show|fair|expo|exhibition|conference)`,
    String.raw`(?:found|saw|seen|came\s+across)\s+you(?:r\s+\w+)?\s+on`,
    String.raw`recommended\s+(?:your|you)|referred\s+(?:me|us)\s+to\s+you|(?:gave|passed)\s+(?:me|us)\s+your\s+(?:name|details|address|email)`,
    String.raw`(?:have|'ve)\s+been\s+told\s+(?:that\s+)?(?:you|your)|suggested\s+(?:i|we)\s+(?:contact|get\s+in\s+touch|write)`,
    String.raw`\bwe\s+(?:import|export|distribute)\b|your\s+(?:name|company)\s+(?:came\s+up|was\s+mentioned)|i'?m\s+the\s+new\s+[\w -]{2,30}?\s+(?:at|for)\s+\w+`,
    String.raw`(?:never|not\s+yet|haven'?t)\s+worked\s+with\s+you|would\s+you\s+be\s+open\s+to|represent(?:ing)?\s+you\s+in`,
    String.raw`(?:i|we)\s+(?:head|lead|run)\s+(?:\w+\s+){0,2}at\s+\w+`,
    String.raw`(?:we\s+are|we'?re)\s+an?\s+(?:\d+[- ]person|\w+(?:-\w+)?\s+(?:\w+\s+)?(?:practice|firm|agency|studio|manufacturer|distributor|company|chain))`,
    String.raw`听说(?:你们|贵司|您)|朋友(?:家)?(?:用|买|装)(?:的|了)(?:是)?你们|我${Z}开了(?:一)?家|怎么合作|如何合作|合作方式|(?:在|从)${Z}(?:刷到|看到|发现|搜到|找到)(?:了)?(?:你们|贵司|您)|想${Z}试试|最少(?:要)?(?:拿|订|买)|第一次联系|初次联系|冒昧|经${Z}介绍|让我(?:联系|找)(?:您|你)|(?:跟|和|与)(?:您|你)聊过|(?:之前|以前|还)没(?:有)?合作过`,
    String.raw`(?:很|非常)?感兴趣|希望(?:能)?(?:探讨|建立|开展|与贵司)${Z}合作|我们是(?:一家)?${Z}(?:公司|科技|集团|工厂|厂)`,
  ].join('|'),
  'iu',
);

/** They ask to buy or to learn what buying would mean: a price, terms, a product's options, a visit. */
export const BUY_ASKS = new RegExp(
  [
    String.raw`what\s+(?:would|will|does|do)${W}\bcosts?\b|\bcosts?\s+us\b|how\s+much|\bprices?\b|trade\s+terms|first\s+order`,
    String.raw`do\s+you\s+(?:make|do|have|sell|offer|ship|deliver|stock|supply|provide|carry|hire\s+out|install)|is\s+it\s+(?:still\s+)?available|available\s+in|still\s+(?:on\s+offer|on\s+sale|in\s+stock)`,
    String.raw`(?:could|can|would)\s+you\s+(?:tell|show)\s+(?:me|us|it)|how\s+it\s+works|how\s+you\s+would|take\s+over\s+our`,
    String.raw`(?:we'?d|we\s+would|i'?d|i\s+would)\s+(?:like|love)\s+(?:the|to\s+(?:order|buy|add|get))|how\s+soon\s+could\s+you|\bwant\s+to\s+(?:order|buy|get)\b|do\s+your\s+[\w-]+(?:\s+[\w-]+)?\s+(?:run|come|fit|work)\b|(?:bring|introduce|launch)\s+your\s+(?:[\w-]+\s+){0,3}?(?:to|into|in)\s+(?:this|our|the)\b|(?:be\s+able\s+to|could\s+you|can\s+you)\s+(?:visit|come\s+and\s+see)`,
    String.raw`(?:你们|贵司|您)(?:这|那)款${Z}(?:能|可以|会|有|是)|在对比|比较一下|价位|价格|阶梯价|供货价|拿货价|报价|报个价|多少钱|想问(?:一下|下)|有没有|想看看|过来看|看一下现场|采购|想买|想要|再要|想订|想(?:装|卖|进|换)(?:一台|一套|一批|你们)|能装吗|约个时间|详细聊聊`,
  ].join('|'),
  'iu',
);

/** They ask for help with, or more of, what they have: something stopped, a visit to fix it, an add-on. */
export const CARE_ASKS = new RegExp(
  [
    String.raw`\b(?:doesn'?t|does\s+not|don'?t|won'?t|will\s+not|isn'?t|can'?t|cannot)\s+(?:seal|work|fit|close|open|start|charge|turn\s+on|connect|print|load|sync|heat|cool|drain|lock|install|pair)\b|\bleak(?:s|ing|ed)?\b|\b(?:cracked|jammed|came\s+loose|fell\s+off)\b`,
    String.raw`\b(?:nobody|no\s+one|none\s+of\s+us)\s+(?:[\w']+\s+){0,4}?can\b|can'?t\s+log\s+in|since\s+the\s+(?:update|upgrade)`,
    String.raw`\b(?:stops|stopped|keeps|won'?t\s+(?:start|work)|shows\s+(?:e\d+|an?\s+error))\b|come\s+by|send\s+someone|look\s+at\s+it`,
    String.raw`something\s+we\s+can\s+add|add\s+(?:it\s+)?to\s+what\s+we\s+have`,
    String.raw`少了|装不上|缺(?:了)?[一两几\d]|又(?:坏|报警|漏|停|响|不)|老是|报警|异响|漏水|断线|掉线|没反应|打不开|连不上|忽高忽低|派人|来看看|不稳定|不好用|又坏|不转|不亮|很慢|变慢|加载|帮忙看(?:一下|看)`,
  ].join('|'),
  'iu',
);

/**
 * About money owed to us, without the words invoice or payment: a transfer that should have
 * arrived, settling an amount in halves, 那笔钱, 转过去了, 回单.
 */
export const PAYMENT_ASKS = new RegExp(
  [
    String.raw`\btransfer\b${W}(?:completed|sent|gone|went|reached|arrived)|(?:has|have)\s+(?:it\s+)?(?:reached|arrived\s+(?:with|on))\s+you`,
    String.raw`(?:haven'?t|not)\s+(?:yet\s+)?(?:been\s+)?(?:charged|billed|invoiced)|closing\s+(?:our|the)\s+books|\b(?:your|the)\s+money\b|changed\s+(?:banks?|bank\s+details)|new\s+bank\s+(?:account|details)|\b(?:cheque|instal?ments?|installments?)\b|\b(?:still\s+)?owe\s+(?:you|us)\b|\bsettle\b|\bamounts?\s+(?:due|owed|outstanding)\b|in\s+(?:two|three|\d)\s+(?:halves|parts|instal?ments)|money\s+(?:we|i)\s+(?:sent|paid)`,
    String.raw`(?:上个月|这个月|本月|上月|月度|年度|我们)的账(?!号)|(?:开|那张|这张|专|普)票|发票抬头|抬头写错|安排付|收据|对不上|那笔钱|钱${Z}(?:转|打|付|安排)|(?:转|打)过去了|回单|查收|到账|结清|分期`,
  ].join('|'),
  'iu',
);

/**
 * Someone studying the market, not buying: a report or a study for a third party, how an
 * industry chooses, 行业报告, 市场研究公司, 不涉及实际采购.
 */
export const RESEARCH_ASKS = new RegExp(
  [
    String.raw`(?:preparing|writing|putting\s+together|working\s+on|doing)\s+(?:a|an|my|our)\s+(?:[\w-]+\s+)?(?:report|study|paper|article|thesis|dissertation|research\s+project)`,
    String.raw`\b(?:dissertation|thesis)\s+(?:on|about|into)`,
    String.raw`how\s+(?:\w+\s+){1,3}(?:choose|decide|select|pick)\b|what\s+your\s+customers\s+(?:ask|look|want|value)`,
    String.raw`(?:mapping|comparing|collecting|gathering|compiling)\s+(?:what|how|data|figures|prices|rates)|(?:our|the)\s+(?:members|association)${W}\b(?:pay|charge|use)|(?:nothing|no\s+names?)\s+will\s+be\s+published|anonymi[sz]ed`,
    String.raw`\b(?:journalist|reporter)\b|for\s+an?\s+(?:article|piece|story)\s+(?:on|about)|记者|采访|(?:卖|销)得怎么样`,
    String.raw`not\s+(?:looking\s+)?to\s+buy|no\s+purchase\s+(?:is\s+)?(?:planned|intended)`,
    String.raw`(?:协会|学会|研究院|研究所)${Z}(?:统计|摸底|汇总|调查)|(?:统计|摸底|汇总)${Z}(?:情况|数据)|各家|排名|行业数据|(?:核实|了解)${Z}数据|论文|毕业设计|研究生|行业报告|市场研究|研究公司|受${Z}委托|不涉及(?:实际)?采购|价格区间|价格走势|最看重什么|主要品牌`,
  ].join('|'),
  'iu',
);
