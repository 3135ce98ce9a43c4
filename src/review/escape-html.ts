const ENTITIES: Record<string, string> = {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'};

/** Escapes text for HTML content and quoted attribute values alike. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (char) => ENTITIES[char]!);

/** A relative URL for a file path ("review/a b.jpg" → "review/a%20b.jpg"), escaped for an attribute. */
export const escapeFileUrl = (file: string): string => escapeHtml(file.split('/').map(encodeURIComponent).join('/'));
