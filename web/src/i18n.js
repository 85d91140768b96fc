// Labels in Arabic (the default) and English. The article text itself is never translated.

const ar = {
  'brand': 'مرصد',
  'nav.articles': 'المقالات', 'nav.timeline': 'الخط الزمني', 'nav.network': 'شبكة الفاعلين', 'nav.map': 'الخريطة',
  'search.placeholder': 'ابحث في الأخبار…', 'search.site': 'الموقع', 'search.all_sites': 'كل المواقع',
  'search.since': 'من', 'search.until': 'إلى', 'search.go': 'بحث',
  'page.prev': 'السابق', 'page.next': 'التالي', 'page.no': 'صفحة {n}',
  'list.count': '{n} مقالة', 'list.events': '{n} حدث', 'list.none': 'لا توجد مقالات مطابقة.',
  'list.undated': 'بلا تاريخ',
  'article.back': '→ العودة إلى المقالات', 'arrow': '←', 'article.events': 'الأحداث', 'article.none': 'لا أحداث في هذه المقالة.',
  'article.missing': 'هذه المقالة غير موجودة.',
  'ent.PER': 'شخص', 'ent.LOC': 'مكان', 'ent.ORG': 'منظمة', 'ent.MISC': 'أخرى', 'ev.legend': 'حدث (مسطَّر)',
  'tip.cameo': 'الحدث', 'tip.goldstein': 'غولدستين', 'tip.quad': 'الفئة', 'tip.modality': 'الصيغة',
  'tip.place': 'المكان', 'tip.dyad': 'المصدر ← الهدف', 'tip.unknown': 'غير معروف',
  'timeline.source': 'المصدر', 'timeline.target': 'الهدف', 'timeline.by': 'لكل', 'timeline.week': 'أسبوع',
  'timeline.month': 'شهر', 'timeline.draw': 'ارسم', 'timeline.caption': 'أحداث {s} ← {t} لكل {by}، مقسّمة حسب الفئة، مع متوسط غولدستين',
  'timeline.none': 'لا أحداث مؤرخة لهذا الزوج.', 'timeline.goldstein': 'متوسط غولدستين', 'timeline.any': 'أي فاعل',
  'network.help': 'الفاعلون عُقد، وعدد الأحداث بينهم حواف: الأخضر تعاون والأحمر صراع. انقر عقدة لعرض أحداثها.',
  'network.events': 'الأحداث', 'network.events_of': 'أحداث {a}', 'network.none': 'لا أزواج فاعلين بعد.',
  'map.caption': 'أماكن الأحداث ({p} حدثًا بمكان) والدول التي تسميها الأحداث مكانًا أو فاعلًا ({c} دولة)، من أول {n} حدث.',
  'map.none': 'لا أماكن ولا دول في الأحداث المخزنة بعد.',
  'stats': '{a} مقالة · {e} حدث',
  'error': 'تعذّر الطلب: {m}',
};

const en = {
  'brand': 'Marsad',
  'nav.articles': 'Articles', 'nav.timeline': 'Timeline', 'nav.network': 'Actor network', 'nav.map': 'Map',
  'search.placeholder': 'Search the news (Arabic)…', 'search.site': 'Site', 'search.all_sites': 'All sites',
  'search.since': 'From', 'search.until': 'To', 'search.go': 'Search',
  'page.prev': 'Previous', 'page.next': 'Next', 'page.no': 'page {n}',
  'list.count': '{n} articles', 'list.events': '{n} events', 'list.none': 'No matching articles.',
  'list.undated': 'undated',
  'article.back': '← Back to articles', 'arrow': '→', 'article.events': 'Events', 'article.none': 'No events in this article.',
  'article.missing': 'No such article.',
  'ent.PER': 'Person', 'ent.LOC': 'Place', 'ent.ORG': 'Organisation', 'ent.MISC': 'Other', 'ev.legend': 'event (underlined)',
  'tip.cameo': 'Event', 'tip.goldstein': 'Goldstein', 'tip.quad': 'QuadClass', 'tip.modality': 'Modality',
  'tip.place': 'Place', 'tip.dyad': 'Source → target', 'tip.unknown': 'unknown',
  'timeline.source': 'Source', 'timeline.target': 'Target', 'timeline.by': 'Per', 'timeline.week': 'week',
  'timeline.month': 'month', 'timeline.draw': 'Draw', 'timeline.caption': 'Events {s} → {t} per {by}, split by QuadClass, with mean Goldstein',
  'timeline.none': 'No dated events for this pair.', 'timeline.goldstein': 'mean Goldstein', 'timeline.any': 'any actor',
  'network.help': 'Actors are nodes and event counts are edges: green cooperation, red conflict. Click a node to list its events.',
  'network.events': 'Events', 'network.events_of': 'Events of {a}', 'network.none': 'No actor pairs yet.',
  'map.caption': 'Event places ({p} events with a place) and the countries events name as place or actor ({c} countries), from the first {n} events.',
  'map.none': 'No places or countries in the stored events yet.',
  'stats': '{a} articles · {e} events',
  'error': 'Request failed: {m}',
};

// CAMEO root codes, QuadClass and modality names (translations ours).
const cameoRoots = {
  '01': ['الإدلاء بتصريح علني', 'Make public statement'], '02': ['مناشدة', 'Appeal'],
  '03': ['إبداء نية التعاون', 'Express intent to cooperate'], '04': ['تشاور', 'Consult'],
  '05': ['تعاون دبلوماسي', 'Engage in diplomatic cooperation'], '06': ['تعاون مادي', 'Engage in material cooperation'],
  '07': ['تقديم مساعدة', 'Provide aid'], '08': ['تنازل', 'Yield'], '09': ['تحقيق', 'Investigate'],
  '10': ['مطالبة', 'Demand'], '11': ['استنكار', 'Disapprove'], '12': ['رفض', 'Reject'], '13': ['تهديد', 'Threaten'],
  '14': ['احتجاج', 'Protest'], '15': ['استعراض القوة', 'Exhibit force posture'], '16': ['تقليص العلاقات', 'Reduce relations'],
  '17': ['إكراه', 'Coerce'], '18': ['اعتداء', 'Assault'], '19': ['قتال', 'Fight'],
  '20': ['عنف جماعي غير تقليدي', 'Use unconventional mass violence'],
};
const quads = {
  1: ['تعاون لفظي', 'Verbal cooperation'], 2: ['تعاون مادي', 'Material cooperation'],
  3: ['صراع لفظي', 'Verbal conflict'], 4: ['صراع مادي', 'Material conflict'],
};
const modalities = {
  asserted: ['مؤكَّد', 'asserted'], negated: ['منفي', 'negated'], denied: ['منكَر', 'denied'],
  reported: ['منقول', 'reported'], hypothetical: ['افتراضي', 'hypothetical'], future: ['مستقبلي', 'future'],
};

let lang = 'ar';
try { lang = localStorage.getItem('marsad.lang') === 'en' ? 'en' : 'ar'; } catch { /* no storage */ }

export const currentLang = () => lang;
export function setLang(l) {
  lang = l;
  try { localStorage.setItem('marsad.lang', l); } catch { /* no storage */ }
}
export function t(key, vars = {}) {
  const s = (lang === 'en' ? en : ar)[key] ?? ar[key] ?? key;
  return s.replace(/\{(\w+)\}/g, (_, k) => String(vars[k] ?? ''));
}
const pick = (pair) => (pair ? pair[lang === 'en' ? 1 : 0] : '');
export const cameoLabel = (root) => pick(cameoRoots[root]);
export const quadLabel = (q) => pick(quads[q]);
export const modalityLabel = (m) => pick(modalities[m]) || m;

// Applies the labels to the static page: data-i18n (text), -placeholder, -aria.
export function applyLabels(root = document) {
  document.documentElement.lang = lang;
  document.documentElement.dir = lang === 'en' ? 'ltr' : 'rtl';
  for (const el of root.querySelectorAll('[data-i18n]')) el.textContent = t(el.dataset.i18n);
  for (const el of root.querySelectorAll('[data-i18n-placeholder]')) el.placeholder = t(el.dataset.i18nPlaceholder);
  for (const el of root.querySelectorAll('[data-i18n-aria]')) el.setAttribute('aria-label', t(el.dataset.i18nAria));
  const toggle = document.getElementById('lang-toggle');
  toggle.textContent = lang === 'en' ? 'العربية' : 'English';
  toggle.lang = lang === 'en' ? 'ar' : 'en';
}
