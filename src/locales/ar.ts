/** Arabic (right to left). Loaded only when an element's locale is `ar` (any region). */
const messages: Record<string, string> = {
  'core.copied': 'تم النسخ إلى الحافظة.',
  'core.copyFailed': 'منع المتصفح النسخ. حدّد النص وانسخه بنفسك.',
  'core.downloaded': 'تم تنزيل {name}.',
  'core.downloadFailed': 'منع المتصفح التنزيل. استخدم النسخ بدلًا من ذلك.',
  'core.savedAt': 'حُفظ في هذا المتصفح الساعة {time}',
  'core.saving': 'جارٍ الحفظ…',
  'core.storageFull': 'لم يُحفظ: مساحة تخزين المتصفح ممتلئة. صدّر نسخة حتى لا تفقد عملك.',
  'core.storageUnavailable': 'لا يُحفظ شيء في هذا المتصفح: صدّر نسخة حتى لا تفقد عملك.',
  'core.storageUnreadable': 'تعذّرت قراءة البيانات المحفوظة هنا فتُركت كما هي. تغييراتك لا تُحفظ في هذا المتصفح: صدّر نسخة.',
};
export default messages;
