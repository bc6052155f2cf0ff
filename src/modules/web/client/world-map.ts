import { MapChart } from 'echarts/charts';
import { VisualMapPiecewiseComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries110m from 'world-atlas/countries-110m.json';
import { chartBlock } from './charts';
import { h } from './dom';

echarts.use([MapChart, VisualMapPiecewiseComponent]);

/** Natural Earth 1:110m shapes (world-atlas), keyed by ISO 3166-1 numeric code: bundled, never fetched. */
const topology = countries110m as unknown as Topology<{ countries: GeometryCollection }>;
const shapes = feature(topology, topology.objects.countries);
// Antarctica (010) holds no party and would take a fifth of the map.
shapes.features = shapes.features.filter((shape) => String(shape.id) !== '010');
for (const shape of shapes.features) unwrapAntimeridian(shape.geometry);
const shapeNames = new Map<string, string>();
for (const shape of shapes.features) {
  const properties = shape.properties as { name?: string } | null;
  shapeNames.set(String(shape.id), String(properties?.name ?? shape.id));
  // The map series joins data to shapes by name: use the numeric code as the name.
  shape.properties = { name: String(shape.id) };
}
echarts.registerMap('world', shapes as never);

type Ring = number[][];

/**
 * A ring that crosses the 180th meridian (Russia's Chukotka, Fiji) jumps from +180 to -180 and
 * would be drawn as a line across the whole map: its western longitudes continue past 180.
 */
function unwrapAntimeridian(geometry: { type: string; coordinates?: unknown } | null): void {
  if (!geometry) return;
  const polygons =
    geometry.type === 'Polygon'
      ? [geometry.coordinates as Ring[]]
      : geometry.type === 'MultiPolygon'
        ? (geometry.coordinates as Ring[][])
        : [];
  for (const ring of polygons.flat()) {
    const crosses = ring.some((point, i) => i > 0 && Math.abs(point[0] - ring[i - 1][0]) > 180);
    if (crosses) for (const point of ring) if (point[0] < 0) point[0] += 360;
  }
}

/** Viridis, light to dark: ordered for any colour vision and in greyscale. */
const VIRIDIS = ['#fde725', '#5ec962', '#21918c', '#3b528b', '#440154'];

export interface MapEntry {
  code: string;
  numeric: string | null;
  name: string;
  value: number;
}

/** Bounds of the five shades, from `lower` up; the last bin is open. */
export interface MapScale {
  bounds: [number, number, number, number, number];
  format: (value: number) => string;
}

/** A world map shaded by one value per party; a click on a state opens its view. */
export function worldMap(
  label: string,
  entries: MapEntry[],
  scale: MapScale,
  valueName: string,
  open: (code: string) => void,
): HTMLElement {
  const placed = entries.filter((e) => e.numeric && shapeNames.has(e.numeric));
  const byNumeric = new Map(placed.map((e) => [e.numeric as string, e]));
  const { bounds, format } = scale;
  const pieces = bounds.map((min, i) => ({
    min,
    ...(i < bounds.length - 1 ? { max: bounds[i + 1] } : {}),
    label:
      i < bounds.length - 1
        ? `${format(min)} – ${format(bounds[i + 1])}`
        : `${format(min)} or more`,
    color: VIRIDIS[i],
  }));
  const option = {
    tooltip: {
      trigger: 'item',
      formatter: (p: { name: string; value: number }) => {
        const entry = byNumeric.get(p.name);
        const name = entry?.name ?? shapeNames.get(p.name) ?? p.name;
        return `${name}: ${entry ? format(entry.value) : 'none'}`;
      },
    },
    visualMap: {
      type: 'piecewise',
      pieces,
      left: 8,
      bottom: 8,
      itemWidth: 14,
      textStyle: { color: '#222' },
      outOfRange: { color: '#e6e6e6' },
    },
    series: [
      {
        type: 'map',
        map: 'world',
        name: valueName,
        roam: false,
        left: 150,
        right: 8,
        top: 8,
        bottom: 8,
        itemStyle: { areaColor: '#e6e6e6', borderColor: '#777', borderWidth: 0.4 },
        emphasis: { label: { show: false }, itemStyle: { areaColor: '#E69F00' } },
        select: { disabled: true },
        data: placed.map((e) => ({ name: e.numeric, value: e.value })),
      },
    ],
  };
  const rows = [...entries]
    .sort((a, b) => b.value - a.value)
    .map((e) => [
      h('a', { href: `/?party=${encodeURIComponent(e.code)}` }, e.name),
      format(e.value),
    ]);
  return chartBlock(
    label,
    option,
    ['Party', valueName],
    rows,
    (chart) =>
      chart.on('click', (params) => {
        const entry = byNumeric.get(String((params as { name?: string }).name));
        if (entry) open(entry.code);
      }),
    'chart map',
  );
}
