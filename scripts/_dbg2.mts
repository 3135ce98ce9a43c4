import {preparePlan} from '../src/plan/prepare-plan';
import {getKindModule} from '../src/kinds/registry';
const {plan} = await preparePlan({campaign: 'assets/cites.campaign.json', out: '/tmp/x', force: true, shard: null, scale: 1, backend: 'x', episodes: null, kinds: null, only: ['ep01-trailer', 'series-trailer', 'ep01-header']});
for (const job of plan) {
	const frames = getKindModule(job.kind).layers!(job.inputProps, job.durationInFrames);
	const c = {moving: 0, whole: 0, stills: new Set<string>()};
	for (const f of frames) f.overlay.type === 'still' ? c.stills.add(f.overlay.key) : c[f.overlay.type]++;
	console.log(job.id, job.durationInFrames, 'moving', c.moving, 'whole', c.whole, 'stills', c.stills.size, (job.inputProps as any).scenes?.map((s: any) => s.type).join(','));
}
