// The network the browsers' WebRTC peers use.
//
// Facts found on this machine (Chromium 156, Firefox ESR 153):
// - Neither browser gathers an ICE candidate on loopback (Firefox's
//   `media.peerconnection.ice.loopback` pref changes nothing), and neither gathers one on
//   another interface unless a default route exists. With an interface address and a default
//   route, both gather a host candidate on it, and two peers on the same machine connect
//   through it (the kernel delivers locally; nothing leaves the machine).
// - The kernel here has no `dummy` link type ("Unknown device type"); veth pairs and network
//   namespaces work (root).
//
// So e2e/run runs the whole suite (test runner, assist-server, browsers) inside a network
// namespace of its own, `assist-e2e-<pid>`, with loopback plus a veth pair whose end
// `e2e0` has 10.77.0.1/24 and the default route. Browsers still open the product at
// http://127.0.0.1:<port> (a secure context, so getDisplayMedia and Secure cookies work), and
// their peer connections meet on 10.77.0.1. Nothing in the namespace reaches any other
// network. Where no namespace can be made (not root), e2e/run runs in the host's network
// and the peers meet on its own address (eth0 here), which works as long as it has a
// default route. ASSIST_E2E_HOST_NETWORK=1 asks e2e/run for the host's network.
//
// Inside the namespace, 127.0.0.1 is the namespace's own loopback: services of the host (the
// machine's PostgreSQL on 127.0.0.1:5432, NATS on 4222) are out of reach. A test that needs
// one starts its own inside the test, or the suite runs with ASSIST_E2E_HOST_NETWORK=1.
import { networkInterfaces } from 'node:os';
import { readFileSync } from 'node:fs';

/** The namespace e2e/run made, or undefined when running in the host's network. */
export const NAMESPACE = process.env.ASSIST_E2E_NETNS || undefined;

/** The address e2e/run gives the namespace's veth end. */
export const PEER_ADDRESS = '10.77.0.1';

/**
 * What WebRTC peers on this machine can use: the first non-loopback IPv4 address, and
 * whether a default route exists.
 * @returns {{address: string | undefined, defaultRoute: boolean, namespace: string | undefined}}
 */
export function peerNetwork() {
  const addresses = Object.values(networkInterfaces()).flat()
    .filter((entry) => entry.family === 'IPv4' && !entry.internal)
    .map((entry) => entry.address);
  let defaultRoute = false;
  try {
    // Columns: Iface Destination Gateway Flags ...; destination 00000000 is the default.
    defaultRoute = readFileSync('/proc/net/route', 'utf8').split('\n').slice(1)
      .some((line) => line.split('\t')[1] === '00000000');
  } catch {
    defaultRoute = false;
  }
  const address = addresses.includes(PEER_ADDRESS) ? PEER_ADDRESS : addresses[0];
  return { address, defaultRoute, namespace: NAMESPACE };
}

/** Throws with an explanation when browsers here could not connect peer to peer. */
export function assertPeerNetwork() {
  const network = peerNetwork();
  if (!network.address || !network.defaultRoute) {
    throw new Error(
      'WebRTC peers need a non-loopback IPv4 address and a default route (browsers gather no '
      + `ICE candidate otherwise); found ${JSON.stringify(network)}. Run the suite through e2e/run, `
      + 'which makes a network namespace with both.',
    );
  }
  return network;
}
