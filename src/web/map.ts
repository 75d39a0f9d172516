// The world map of events, drawn on the server as SVG with d3-geo from Natural Earth (world-atlas):
// no tiles, no client code, works offline. Countries are shaded by their event count and located
// events are dots; both link to the search for that country.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { geoNaturalEarth1, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import countries from 'i18n-iso-countries';
import { html, type Html } from './html.ts';
import { countryByCode } from '../kb/geo.ts';
import type { Count, PlacePoint } from './queries.ts';

const require = createRequire(import.meta.url);
export const WIDTH = 960;
export const HEIGHT = 500;

interface CountryShape { alpha3: string | null; name: string; d: string }

let cached: { shapes: CountryShape[]; project: (lon: number, lat: number) => [number, number] | null } | null = null;

function world(): NonNullable<typeof cached> {
  if (cached) return cached;
  const topo = JSON.parse(readFileSync(require.resolve('world-atlas/countries-110m.json'), 'utf8')) as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const fc = feature(topo, topo.objects.countries);
  const projection = geoNaturalEarth1().fitExtent([[4, 4], [WIDTH - 4, HEIGHT - 4]], { type: 'Sphere' } as GeoPermissibleObjects);
  // Two decimals are below a pixel and keep the markup small.
  const path = geoPath(projection).digits(1);
  const shapes: CountryShape[] = [];
  for (const f of fc.features) {
    const d = path(f as GeoPermissibleObjects);
    if (!d) continue;
    const id = f.id === undefined ? null : String(f.id).padStart(3, '0');
    shapes.push({ alpha3: id ? countries.numericToAlpha3(id) ?? null : null, name: f.properties?.name ?? '', d });
  }
  const project = (lon: number, lat: number): [number, number] | null => {
    const p = projection([lon, lat]);
    return p ? [Math.round(p[0] * 10) / 10, Math.round(p[1] * 10) / 10] : null;
  };
  cached = { shapes, project };
  return cached;
}

/** Shade class 0 (no events) to 5 (the most), on a log scale so one busy country does not wash out the rest. */
function shade(count: number, max: number): number {
  if (count <= 0 || max <= 0) return 0;
  return Math.max(1, Math.min(5, Math.ceil((Math.log1p(count) / Math.log1p(max)) * 5)));
}

/** The name the knowledge base (and so every actor label) uses: "Russia", not "Russian Federation". */
export function countryName(alpha3: string): string {
  return countryByCode(alpha3)?.name ?? countries.getName(alpha3, 'en') ?? alpha3;
}

/** A code the knowledge base or ISO 3166 knows. */
export function isCountry(alpha3: string): boolean {
  return countryByCode(alpha3) !== null || countries.isValid(alpha3);
}

export function worldMap(byCountry: Count[], places: PlacePoint[], linkBase = '/search'): Html {
  const w = world();
  const counts = new Map(byCountry.map((c) => [c.key, c.count]));
  const max = Math.max(0, ...byCountry.map((c) => c.count));
  const maxPlace = Math.max(1, ...places.map((p) => p.count));
  const drawn = w.shapes.map((s) => {
    const n = s.alpha3 ? counts.get(s.alpha3) ?? 0 : 0;
    const label = `${s.alpha3 ? countryName(s.alpha3) : s.name}: ${n} event${n === 1 ? '' : 's'}`;
    const shape = html`<path class="land s${shade(n, max)}" d="${s.d}"${s.alpha3 ? html` data-country="${s.alpha3}"` : ''}><title>${label}</title></path>`;
    return s.alpha3 && n > 0 ? html`<a href="${linkBase}?country=${s.alpha3}">${shape}</a>` : shape;
  });
  const dots = places.map((p) => {
    const xy = w.project(p.lon, p.lat);
    if (!xy) return '';
    const r = Math.round((2 + 8 * Math.sqrt(p.count / maxPlace)) * 10) / 10;
    return html`<circle class="place" cx="${xy[0]}" cy="${xy[1]}" r="${r}"><title>${p.name ?? 'unnamed place'}${p.country ? ` (${p.country})` : ''}: ${p.count} event${p.count === 1 ? '' : 's'}</title></circle>`;
  });
  return html`<svg class="map" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-label="World map of events: ${byCountry.length} countries with events, ${places.length} located places" data-countries="${byCountry.length}" data-places="${places.length}">
<g class="countries">${drawn}</g><g class="places">${dots}</g></svg>
${max > 0 ? html`<p class="map-legend muted" aria-hidden="true">Events per country: 1 ${[1, 2, 3, 4, 5].filter((k) => k <= shade(max, max)).map((k) => html`<span class="swatch s${k}"></span>`)} ${max}${places.length ? html` · <span class="swatch dot"></span> a located place (larger: more events)` : ''}</p>` : ''}`;
}
