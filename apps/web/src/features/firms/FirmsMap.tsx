import type * as Leaflet from 'leaflet';
import type { Map as LeafletMap } from 'leaflet';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '../../gql';

export const FirmsMap_FirmFragment = graphql(`
  fragment FirmsMap_FirmFragment on Firm {
    id
    legalName
    latitude
    longitude
  }
`);

let leaflet: Promise<typeof Leaflet> | null = null;

/**
 * Leaflet with the cluster plugin, loaded once. Leaflet's ES build has named exports only; the cluster
 * plugin (a UMD script) extends a global `L` when its module first runs, so it gets one mutable copy of
 * the namespace, and every later map must use that same copy (a fresh copy would lack
 * `markerClusterGroup`, since the plugin's module does not run again).
 */
function loadLeaflet(): Promise<typeof Leaflet> {
  leaflet ??= (async () => {
    const L = { ...(await import('leaflet')) };
    Object.assign(globalThis, { L });
    await Promise.all([
      import('leaflet/dist/leaflet.css'),
      import('leaflet.markercluster'),
      import('leaflet.markercluster/dist/MarkerCluster.css'),
      import('leaflet.markercluster/dist/MarkerCluster.Default.css'),
    ]);
    return L;
  })();
  leaflet.catch(() => {
    leaflet = null;
  });
  return leaflet;
}

/**
 * The firms of the list as clustered points. No tile layer: the map works offline and sends nobody's
 * position to a tile server; the points and clusters are the content. The table above is the
 * keyboard and screen-reader path to the same firms.
 */
export function FirmsMap(props: { firms: readonly FragmentType<typeof FirmsMap_FirmFragment>[] }) {
  const { t } = useTranslation('firms');
  const navigate = useNavigate();
  const container = useRef<HTMLDivElement>(null);
  const [failed, setFailed] = useState(false);
  const firms = getFragmentData(FirmsMap_FirmFragment, props.firms);
  const located = firms.filter((f) => typeof f.latitude === 'number' && typeof f.longitude === 'number');

  useEffect(() => {
    let map: LeafletMap | null = null;
    let cancelled = false;
    void (async () => {
      try {
        const L = await loadLeaflet();
        if (cancelled || !container.current) return;
        // Without tiles the map has no zoom range of its own; the clusters need one.
        map = L.map(container.current, {
          attributionControl: false,
          keyboard: true,
          zoomSnap: 0.5,
          minZoom: 4,
          maxZoom: 18,
        });
        const cluster = L.markerClusterGroup({ showCoverageOnHover: false });
        for (const f of located) {
          const marker = L.circleMarker([f.latitude!, f.longitude!], {
            radius: 7,
            color: '#1d4ed8',
            weight: 2,
            fillOpacity: 0.7,
          });
          const link = document.createElement('a');
          link.href = `/firms/${f.id}`;
          link.textContent = f.legalName;
          link.addEventListener('click', (e) => {
            e.preventDefault();
            void navigate(`/firms/${f.id}`);
          });
          marker.bindPopup(link);
          cluster.addLayer(marker);
        }
        map.addLayer(cluster);
        if (located.length) map.fitBounds(cluster.getBounds(), { padding: [24, 24], maxZoom: 15 });
        else map.setView([43.85, 10.58], 12);
      } catch (error) {
        console.error('The map could not be drawn', error);
        if (!cancelled) setFailed(true);
      }
    })();
    return () => {
      cancelled = true;
      map?.remove();
    };
    // Redraw when the set of firms changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [located.map((f) => f.id).join(',')]);

  if (failed) return <p className="muted">{t('directory.mapUnavailable')}</p>;
  return (
    <>
      <p className="muted">{t('directory.mapHint', { count: located.length })}</p>
      <div ref={container} className="firms-map" role="region" aria-label={t('directory.map')} />
    </>
  );
}
