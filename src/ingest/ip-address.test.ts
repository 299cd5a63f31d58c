import { test } from 'node:test';
import assert from 'node:assert/strict';
import { canonicalAddress, isPrivateAddress } from './ip-address.js';

test('IPv4 private, loopback, link-local and reserved ranges are private', () => {
  for (const a of [
    '127.0.0.1',
    '127.255.10.3',
    '10.0.0.1',
    '10.255.255.255',
    '172.16.0.1',
    '172.31.255.254',
    '192.168.1.20',
    '169.254.169.254',
    '0.0.0.0',
    '100.64.0.1',
    '224.0.0.251',
    '255.255.255.255',
  ]) {
    assert.equal(isPrivateAddress(a), true, a);
  }
});

test('public IPv4 addresses, including neighbours of private ranges, are not private', () => {
  for (const a of ['8.8.8.8', '93.184.216.34', '172.15.255.255', '172.32.0.1', '192.169.0.1', '11.0.0.1', '169.253.1.1', '1.1.1.1']) {
    assert.equal(isPrivateAddress(a), false, a);
  }
});

test('IPv6 loopback, unique-local, link-local and multicast are private', () => {
  for (const a of ['::1', '::', 'fc00::1', 'fd12:3456:789a::1', 'fe80::1', 'fe80::1%eth0', 'febf::1', 'ff02::1', '[::1]']) {
    assert.equal(isPrivateAddress(a), true, a);
  }
  for (const a of ['2606:4700:4700::1111', '2a00:1450:4001:81c::200e', 'fe00::1']) {
    assert.equal(isPrivateAddress(a), false, a);
  }
});

test('IPv6 forms embedding an IPv4 address are judged by that address', () => {
  assert.equal(isPrivateAddress('::ffff:127.0.0.1'), true);
  assert.equal(isPrivateAddress('::ffff:7f00:1'), true);
  assert.equal(isPrivateAddress('::ffff:10.1.2.3'), true);
  assert.equal(isPrivateAddress('::ffff:8.8.8.8'), false);
  assert.equal(isPrivateAddress('64:ff9b::192.168.0.1'), true);
  assert.equal(isPrivateAddress('64:ff9b::8.8.4.4'), false);
  assert.equal(isPrivateAddress('2002:c0a8:0101::1'), true); // 6to4 of 192.168.1.1
  assert.equal(isPrivateAddress('2002:0808:0808::1'), false);
});

test('unparseable input is treated as private', () => {
  assert.equal(isPrivateAddress('not-an-ip'), true);
  assert.equal(isPrivateAddress('1.2.3'), true);
  assert.equal(isPrivateAddress('1:2:3:4:5:6:7:8:9'), true);
});

test('canonicalAddress makes equal addresses compare equal', () => {
  assert.equal(canonicalAddress('::1'), canonicalAddress('0:0:0:0:0:0:0:1'));
  assert.equal(canonicalAddress('[::ffff:127.0.0.1]'), canonicalAddress('::ffff:7f00:1'));
  assert.equal(canonicalAddress('127.0.0.1'), '127.0.0.1');
  assert.equal(canonicalAddress('example.org'), undefined);
});
