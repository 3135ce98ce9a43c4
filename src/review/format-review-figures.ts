/** Figures as the render CLI prints them, so the page and the terminal agree. */
export const formatSeconds = (seconds: number): string => `${seconds.toFixed(2)} s`;

export const formatBytes = (bytes: number): string => `${(bytes / 1e6).toFixed(2)} MB`;

export const formatDate = (iso: string, timeZone: string): string => {
	const date = new Date(iso);
	if (Number.isNaN(date.getTime())) return iso;
	return new Intl.DateTimeFormat('fr-FR', {dateStyle: 'short', timeStyle: 'medium', timeZone}).format(date);
};

const INPUT_LABELS: Record<string, string> = {
	props: 'textes, couleurs, durées, points de montage de la campagne',
	code: 'code des compositions',
	settings: 'réglages de rendu (codec, échelle…)',
};

/** What an input name of the content key means to a person ("footage/ep03.mp4" is a file). */
export const describeInput = (name: string): string => INPUT_LABELS[name] ?? 'fichier de la campagne';
