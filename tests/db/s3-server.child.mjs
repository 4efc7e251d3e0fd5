// Runs s3rver (a real S3-protocol server) for tests/db/s3-server.ts, in its own process because
// s3rver builds ListObjectsV2 continuation tokens with DES, which Node's OpenSSL 3 only offers with
// --openssl-legacy-provider; that flag stays confined to this emulator, never the code under test.
// argv: <data dir> <bucket>... ; prints {"port":N} once listening; exits when stdin closes (so it
// cannot outlive a test run that died).
import S3rver from "s3rver";

const [dir, ...buckets] = process.argv.slice(2);
const server = new S3rver({
  address: "127.0.0.1",
  port: 0,
  silent: true,
  directory: dir,
  configureBuckets: buckets.map((name) => ({ name })),
});
const { port } = await server.run();
process.stdout.write(`${JSON.stringify({ port })}\n`);
process.stdin.resume();
process.stdin.on("end", () => server.close().finally(() => process.exit(0)));
