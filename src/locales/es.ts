/** Spanish. Loaded only when an element's locale is `es` (any region). */
const messages: Record<string, string> = {
  'core.copied': 'Copiado al portapapeles.',
  'core.copyFailed': 'El navegador bloqueó la copia. Selecciona el texto y cópialo tú.',
  'core.downloaded': 'Descargado: {name}.',
  'core.downloadFailed': 'El navegador bloqueó la descarga. Usa «Copiar».',
  'core.savedAt': 'Guardado en este navegador a las {time}',
  'core.saving': 'Guardando…',
  'core.storageFull': 'No se guardó: el almacenamiento del navegador está lleno. Exporta una copia para no perder tu trabajo.',
  'core.storageUnavailable': 'No se guarda en este navegador: exporta una copia para no perder tu trabajo.',
  'core.storageUnreadable': 'Los datos guardados aquí no se pudieron leer y no se han tocado. Tus cambios no se guardan en este navegador: exporta una copia.',
};
export default messages;
