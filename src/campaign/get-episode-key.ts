/** `ep03`: how ids, folders and messages name an episode. */
export const getEpisodeKey = (episode: number): string => `ep${String(episode).padStart(2, '0')}`;
