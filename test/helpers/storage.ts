/**
 * Makes localStorage throw on every call, as it does when blocked, in some private modes and
 * in sandboxed iframes. Returns a function that puts it back.
 */
export function breakStorage(): () => void {
  const proto = Storage.prototype;
  const originals = {
    getItem: proto.getItem,
    setItem: proto.setItem,
    removeItem: proto.removeItem,
  };
  const fail = () => {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  };
  proto.getItem = fail;
  proto.setItem = fail;
  proto.removeItem = fail;
  return () => Object.assign(proto, originals);
}
