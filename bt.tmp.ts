import { getCatalogue } from './shared/catalogue';
import { HISTORICAL_SCENARIO } from './shared/catalogue/history-2018/historical-scenario';
import { OBSERVATIONS } from './shared/catalogue/history-2018/observations';
import { prepareScenario } from './shared/engine/prepare-scenario';
import { runPrepared } from './shared/engine/run-prepared';
const cat = getCatalogue('history-2018')!;
function mae(params: Record<string, number>) {
  const p = prepareScenario({ ...HISTORICAL_SCENARIO, parameters: params }, cat); if (!p.ok) throw p.error;
  const r = runPrepared(p.value); if (!r.ok) throw r.error;
  const res = r.value; const Y = res.years.length;
  let sum = 0, n = 0, sumCore = 0, nCore = 0; const errs: string[] = [];
  for (const o of OBSERVATIONS) {
    const y = o.year - 2018; if (y <= 0 || y >= Y) continue;
    const s = res.sectorIds.indexOf(o.sector);
    const e = 100 * (res.S[s * Y + y]! - o.value);
    sum += Math.abs(e); n++;
    if (['IC','SME','ROB'].includes(o.sector)) { sumCore += Math.abs(e); nCore++; errs.push(`${o.sector}${o.year % 100}:${e.toFixed(1)}`); }
  }
  return `${(sum/n).toFixed(3)} core ${(sumCore/nCore).toFixed(3)}  ${errs.join(' ')}`;
}
const grid: Record<string, number[]> = { kappaCat: [0, .15, .3, .45, .6], lambdaSec: [1, 2, 3, 4, 5], sPsi: [.2, .275, .35, .425, .5], lambdaM: [1,2,3], chi:[0,1,2] };
for (const [k, vs] of Object.entries(grid)) for (const v of vs) console.log(k, v, mae({ [k]: v }));
