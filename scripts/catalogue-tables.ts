import type { Catalogue, Distribution } from '../shared/catalogue/types';

/** How a distribution reads in model.md's notation. */
export function describeDistribution(distribution: Distribution): string {
  switch (distribution.kind) {
    case 'fixed':
      return 'fixed';
    case 'uniform':
      return `U[${distribution.min}, ${distribution.max}]`;
    case 'uniform-rounded':
      return `U[${distribution.min}, ${distribution.max}] rounded`;
    case 'uniform-multiplier':
      return `×U[${distribution.min}, ${distribution.max}]`;
    case 'triangular':
      return `tri(${distribution.min}, ${distribution.mode}, ${distribution.max})`;
    case 'discrete':
      return `{${distribution.values.join(', ')}}`;
    case 'lognormal-multiplier':
      return `×/÷ lognormal σ = ln ${Math.exp(distribution.sigma).toFixed(2)}`;
  }
}

const cell = (text: string | number): string => String(text).replace(/\|/g, '\\|');

/** The parameter table of docs/model.md, generated from the catalogue. */
export function parameterTable(catalogue: Catalogue): string {
  const rows = catalogue.parameters.map((p) => {
    const perSector = p.sectorDefaults
      ? `${p.default}; ${Object.entries(p.sectorDefaults)
          .map(([s, v]) => `${s} ${v}`)
          .join(', ')}`
      : String(p.default);
    return `| \`${p.key}\` | ${cell(p.symbol)} | ${cell(p.name.en)} | ${cell(perSector)} | ${p.range.min} – ${p.range.max} | ${cell(describeDistribution(p.distribution))} | ${cell(p.unit.en)} | ${p.scope} | ${cell(p.source)} | ${p.confidence} |`;
  });
  return [
    '| key | symbol | meaning | default | allowed range | Monte Carlo | unit | scope | source | conf. |',
    '|---|---|---|---|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}

/** The sector data table of docs/model.md. */
export function sectorTable(catalogue: Catalogue): string {
  const rows = catalogue.sectors.map((s) => {
    const d = s.data;
    return `| ${s.id} | ${cell(s.name.en)} / ${cell(s.name.zh)} | ${d.S0} (${s.ranges.S0.join('–')}) | ${d.lag0} (${s.ranges.lag0.join('–')}) | ${d.kappa} | ${d.r0} | ${d.dSObs} | ${d.dLagObs} | ${d.V0} | ${d.rho} | ${d.m0} | ${cell(s.sources.S0.source)} (${s.sources.S0.confidence}) |`;
  });
  return [
    '| id | sector | S0 (range) | lag0 (range) | κ | r0 | ΔS_obs | Δlag_obs | V0 | ρ | m0 | source of S0 |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}

/** g_N by sector in each catalogue, with the market series behind it (docs/model.md §9). */
export function demandGrowthTable(catalogues: readonly Catalogue[]): string {
  const growth = catalogues.map((catalogue) => catalogue.parameters.find((p) => p.key === 'gNew')!);
  const sectors = [...new Set(growth.flatMap((parameter) => Object.keys(parameter.sectorSources ?? {})))];
  const rows = sectors.map((sector) => {
    const cells = growth.map((parameter) => {
      const source = parameter.sectorSources?.[sector];
      const value = parameter.sectorDefaults?.[sector] ?? parameter.default;
      return source ? `${value} | ${cell(source.source)} (${source.confidence})` : `${value} | judgement (L)`;
    });
    return `| ${sector} | ${cells.join(' | ')} |`;
  });
  const header = catalogues.map((catalogue) => `${catalogue.id} g_N | source`).join(' | ');
  const other = growth.map((parameter) => `${parameter.default} | judgement (L)`).join(' | ');
  return [
    `| sector | ${header} |`,
    `|---|${catalogues.map(() => '---|---').join('|')}|`,
    ...rows,
    `| every other sector | ${other} |`,
  ].join('\n');
}

/** The chokepoint table of docs/model.md. */
export function chokepointTable(catalogue: Catalogue): string {
  const rows = catalogue.chokepoints.map(
    (c) =>
      `| ${c.id} | ${cell(c.name.en)} / ${cell(c.name.zh)} | ${c.sector} | ${c.status}${c.frontier ? ' ★' : ''} | ${c.offset >= 0 ? '+' : ''}${c.offset.toFixed(3)} |`,
  );
  return ['| # | technology | sector | status | offset |', '|---|---|---|---|---|', ...rows].join('\n');
}

/** Replaces the text between `<!-- name:start -->` and `<!-- name:end -->` (or the given markers). */
export function replaceBlock(
  document: string,
  name: string,
  content: string,
  markers = { start: `<!-- ${name}:start -->`, end: `<!-- ${name}:end -->` },
): string {
  const { start, end } = markers;
  const from = document.indexOf(start);
  const to = document.indexOf(end);
  if (from < 0 || to < from) throw new Error(`docs block "${name}" not found`);
  return `${document.slice(0, from + start.length)}\n${content}\n${document.slice(to)}`;
}
