import type {ElementBox} from '../specs/find-safe-zone-violations';

/** Opacity as seen: the element's times its ancestors' up to the composition root. */
const getVisibleOpacity = (element: HTMLElement, root: Element): number => {
	let opacity = 1;
	for (let node: HTMLElement | null = element; node && node !== root; node = node.parentElement) {
		opacity *= Number(getComputedStyle(node).opacity);
	}
	return opacity;
};

/** Boxes of the visible elements marked `data-safe`, in composition pixels (1080×1920). */
export const measureMarkedElements = (): ElementBox[] => {
	const container = document.querySelector('[data-safe-root]');
	if (!container) return [];
	const origin = container.getBoundingClientRect();
	// In Studio the canvas is scaled to fit; renders are 1:1 (scale applies to pixels, not CSS).
	const scale = origin.width / 1080;
	return [...container.querySelectorAll<HTMLElement>('[data-safe]')].flatMap((element) => {
		const rect = element.getBoundingClientRect();
		// Not yet faded in (or gone): nobody sees it, wherever its entrance starts from.
		if (rect.width === 0 || rect.height === 0 || getVisibleOpacity(element, container) < 0.05) return [];
		return [
			{
				name: element.dataset.safe ?? 'unnamed',
				left: (rect.left - origin.left) / scale,
				top: (rect.top - origin.top) / scale,
				right: (rect.right - origin.left) / scale,
				bottom: (rect.bottom - origin.top) / scale,
			},
		];
	});
};
