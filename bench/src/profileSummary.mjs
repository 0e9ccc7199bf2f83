// Where a profiled phase spent the backend's CPU: self time per area of the
// code (a package under node_modules, one of the repository's own source
// folders, Node's internals, the garbage collector), largest first.

/** The area a sampled function belongs to, from its script URL. */
export function areaOf({ url, functionName }) {
  if (!url) {
    // (garbage collector), (program), (idle) and native code without a script.
    return functionName.startsWith('(') ? functionName : '(native)';
  }
  const modules = url.lastIndexOf('/node_modules/');
  if (modules >= 0) {
    const [scope, name] = url
      .slice(modules + '/node_modules/'.length)
      .split('/');
    return scope.startsWith('@') ? `${scope}/${name}` : scope;
  }
  if (url.startsWith('node:')) return 'node (built-in modules)';
  const own = url.match(/\/(plugins|packages)\/([^/]+)\/src\/(?:([^/]+)\/)?/);
  if (own)
    return own[3]
      ? `${own[1]}/${own[2]}/src/${own[3]}`
      : `${own[1]}/${own[2]}/src`;
  return url.replace(/^file:\/\//, '');
}

/**
 * Self time by area, as { totalMs, areas: [{ area, ms, share }] } with the
 * idle time left out of the total and the `top` largest areas listed.
 */
export function summarizeProfile(profile, top = 12) {
  const nodes = new Map(profile.nodes.map(node => [node.id, node]));
  const byArea = new Map();
  let totalUs = 0;
  profile.samples.forEach((id, i) => {
    const node = nodes.get(id);
    const us = profile.timeDeltas[i] ?? 0;
    if (!node || node.callFrame.functionName === '(idle)') return;
    const area = areaOf(node.callFrame);
    byArea.set(area, (byArea.get(area) ?? 0) + us);
    totalUs += us;
  });
  const areas = [...byArea.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([area, us]) => ({
      area,
      ms: Math.round(us / 1000),
      share: totalUs ? Math.round((us / totalUs) * 1000) / 10 : 0,
    }));
  return { totalMs: Math.round(totalUs / 1000), areas };
}
