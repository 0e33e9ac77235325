// What happens to the rest of a body nobody read: a request refused before its body (too large,
// no session, no permission, a bad token) is answered while the body is still arriving. Reading
// and discarding the rest (Node's default, and @hono/node-server's drain of up to 64 MB) costs a
// core at loopback speed: 20 such uploads kept /healthz waiting hundreds of ms. Instead the socket
// stops reading (TCP flow control holds the sender back, at no cost to us) and is closed a moment
// later, once the client has had time to read the answer; closing at once could reset the
// connection before the answer is read, and the browser would show an error instead of ours.
import type { IncomingMessage, ServerResponse } from 'node:http';

type Listener = (req: IncomingMessage, res: ServerResponse) => void;

const GRACE_MS = 1000;
// Smaller bodies arrive whole in a packet or two: nothing worth stopping (and the beacon's hot
// path keeps its one listener less).
const SMALL_BODY_BYTES = 64 * 1024;

/** From rawHeaders: touching req.headers builds the whole header object, on every beacon hit. */
function mayLeaveMuchUnread(req: IncomingMessage): boolean {
  if (req.method === 'GET' || req.method === 'HEAD') return false;
  const raw = req.rawHeaders;
  for (let i = 0; i < raw.length; i += 2) {
    const name = raw[i]!;
    if (name.length === 14 && name.toLowerCase() === 'content-length') return Number(raw[i + 1]) > SMALL_BODY_BYTES;
    if (name.length === 17 && name.toLowerCase() === 'transfer-encoding') return true;
  }
  return false;
}

export function withUnreadBodiesDropped(next: Listener): Listener {
  return (req, res) => {
    if (mayLeaveMuchUnread(req)) {
      // Taken now: by the time the answer is finished, Node may have detached it from the request.
      const socket = req.socket;
      res.once('finish', () => {
        if (req.complete || socket.destroyed) return;
        socket.pause();
        setTimeout(() => socket.destroy(), GRACE_MS).unref();
      });
    }
    next(req, res);
  };
}
