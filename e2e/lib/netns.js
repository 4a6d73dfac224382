// A network namespace of its own for one program (the Assist app), joined to the test's
// namespace by a veth pair, so that a test can cut that program's network alone, as when a
// laptop's Wi-Fi drops, and bring it back:
//
//   the test's namespace (e2e/run's)               the program's namespace
//   <link>a  10.78.<n>.1/24   <──── veth ────>     <link>b  10.78.<n>.2/24, default route
//                                                  via 10.78.<n>.1
//
// - The server listens on every address (startServer({ listen: '0.0.0.0:0' })); the program
//   reaches it at `serverAddress` (10.78.<n>.1). Browsers still open http://127.0.0.1:<port>.
// - WebRTC: the program's host candidate is 10.78.<n>.2, which browsers reach over the link.
//   Their own candidates (10.77.0.1 on e2e0, see network.js) are reached through the default
//   route: addresses of the test's namespace are delivered there, nothing is forwarded.
// - X11 works across network namespaces through the socket file in /tmp/.X11-unix (the
//   abstract socket does not cross; X clients fall back to the file).
// - `down()` sets the program's end of the link down inside its namespace: its packets go
//   nowhere and nothing tells the server, which notices only by missed heartbeats. `up()`
//   sets it up again and restores the default route the kernel dropped with the link.
//
// Needs root and iproute2 (e2e/run as root has both). The namespace is named
// assist-agent-net-<pid>-<n>, a name e2e/run's sweep of stale assist-e2e-<pid> namespaces
// leaves alone; it is removed by `remove()` or when the test process exits.
import { execFileSync } from 'node:child_process';

let made = 0;

function ip(...args) {
  execFileSync('ip', args, { stdio: ['ignore', 'ignore', 'pipe'] });
}

/** Whether this process may make network namespaces (root with iproute2). */
export function canMakeNamespaces() {
  if (process.getuid?.() !== 0) return false;
  try {
    ip('-V');
    return true;
  } catch {
    return false;
  }
}

/**
 * Makes the namespace and its link.
 * @returns {{name: string, serverAddress: string, address: string, down: () => void,
 *   up: () => void, remove: () => void}}
 */
export function makeNamespace() {
  made += 1;
  const n = (process.pid + made) % 250;
  const name = `assist-agent-net-${process.pid}-${made}`;
  // Interface names have at most 15 characters.
  const link = `asn${process.pid % 100000}x${made}`.slice(0, 13);
  const [outer, inner] = [`${link}a`, `${link}b`];
  const serverAddress = `10.78.${n}.1`;
  const address = `10.78.${n}.2`;
  let removed = false;
  const remove = () => {
    if (removed) return;
    removed = true;
    try {
      // Whatever still runs in it (an agent a failed test left) goes first.
      const pids = execFileSync('ip', ['netns', 'pids', name], { encoding: 'utf8' }).split('\n').filter(Boolean);
      for (const pid of pids) {
        try { process.kill(Number(pid), 'SIGKILL'); } catch { /* gone already */ }
      }
    } catch { /* no such namespace */ }
    try { ip('netns', 'del', name); } catch { /* gone already */ }
    // Deleting the namespace deletes its end of the pair, and with it this end.
    try { ip('link', 'del', outer); } catch { /* gone with the namespace */ }
  };
  process.once('exit', remove);
  try {
    ip('netns', 'add', name);
    ip('link', 'add', outer, 'type', 'veth', 'peer', 'name', inner, 'netns', name);
    ip('addr', 'add', `${serverAddress}/24`, 'dev', outer);
    ip('link', 'set', outer, 'up');
    ip('-n', name, 'link', 'set', 'lo', 'up');
    ip('-n', name, 'addr', 'add', `${address}/24`, 'dev', inner);
    ip('-n', name, 'link', 'set', inner, 'up');
    ip('-n', name, 'route', 'add', 'default', 'via', serverAddress);
  } catch (error) {
    remove();
    throw new Error(`could not make the network namespace ${name}: ${error.stderr ?? error.message}`);
  }
  return {
    name,
    serverAddress,
    address,
    down() {
      ip('-n', name, 'link', 'set', inner, 'down');
    },
    up() {
      ip('-n', name, 'link', 'set', inner, 'up');
      ip('-n', name, 'route', 'replace', 'default', 'via', serverAddress);
    },
    remove,
  };
}
