// A CRM page's navigation — its top bar's items and the breadcrumb over a record ("Tratos ›
// Suministro…", "Deals / …", "联系人 > …") — names the app's sections, never a person. A record
// reader that looks for a card's name before an address must not climb into it: a lone
// capitalised word such as "Tratos" (Deals) reads like a name.

/** Where an app puts its navigation: landmarks and breadcrumbs (by role, label or class). */
export const NAVIGATION = 'nav, [role="navigation"], [role="menubar"], [aria-label*="breadcrumb" i], [class*="breadcrumb" i], [data-testid*="breadcrumb" i], [class*="navbar" i]';

/** The section names CRMs navigate by, in the languages reps use (whole text only): Deals, Leads,
 *  Contacts, Accounts, Organizations, Activities, Tasks, Calendar, Inbox, Home, Pipeline… */
const NAV_WORD = /^(home|inicio|início|accueil|startseite|start|首页|ホーム|홈|deals?|tratos|negocios|negócios|affaires|geschäfte|deals|trattative|anlaşmalar|transakcje|deals|交易|商談|商机|leads?|prospects?|contacts?|contactos|contatos|kontakte|contatti|联系人|聯絡人|連絡先|연락처|accounts?|cuentas|contas|comptes|konten|客户|取引先|organi[sz]ations?|organizaciones|organizações|organisationen|personas?|pessoas|personnes|personen|persons|people|activities|actividades|atividades|activités|aktivitäten|attività|attivita|activiteiten|aktywności|etkinlikler|活动|活動|tasks?|tareas|tarefas|tâches|aufgaben|taken|zadania|görevler|úkoly|任务|任務|タスク|작업|calendar|calendario|calendário|calendrier|kalender|日历|日曆|カレンダー|캘린더|inbox|bandeja de entrada|caixa de entrada|posteingang|boîte de réception|posta in arrivo|收件箱|受信トレイ|받은 편지함|pipeline|embudo|funil|dashboard|insights|products|productos|produtos|produkte|campaigns?|campañas|reports?|informes|berichte|rapports)$/i;

/** True for a section's name ("Tratos", "Negócios", "Anlaşmalar"): never a person's. */
export const isNavWord = (text: string): boolean => NAV_WORD.test(text.trim());

/** True for an element in the page's navigation, or whose text is a section's name. */
export function isNavigation(el: Element): boolean {
  return isNavWord(el.textContent ?? '') || el.closest(NAVIGATION) !== null;
}
