import {preparePlan} from '../src/plan/prepare-plan';
import {getKindModule} from '../src/kinds/registry';
import {planLayers} from '../src/backends/local/layered/plan-layers';
import {getBaseFilters} from '../src/backends/local/layered/get-base-filters';
const {plan} = await preparePlan({campaign: 'assets/cites.campaign.json', out: '/tmp/x', force: true, shard: null, scale: 1, backend: 'x', episodes: null, kinds: null, only: [process.argv[2]!]});
const job = plan[0]!;
const p = planLayers(getKindModule(job.kind), job.inputProps, job.durationInFrames);
for (const [i, r] of p.runs.entries()) console.log(JSON.stringify({...r, filters: r.type === 'backdrop' ? getBaseFilters(r, 'r', null, {width: 270, height: 480, scale: 0.25, fps: 30}).join(';') : undefined}));
