import {preparePlan} from '../src/plan/prepare-plan';
import {getRenderStrategy} from '../src/backends/local/get-render-strategy';
const {plan} = await preparePlan({campaign: 'assets/cites.campaign.json', out: '/tmp/x', force: true, shard: null, scale: 1, backend: 'x', episodes: null, kinds: null, only: null});
const by: Record<string, {n: number; out: number; cap: number}> = {};
for (const job of plan) {
	const s = getRenderStrategy(job, 'layered');
	const k = (by[job.kind] ??= {n: 0, out: 0, cap: 0});
	k.n++; k.out += s.outputFrames; k.cap += s.capturedFrames;
}
console.log(by);
