import { describe, expect, it } from 'vitest';
import { clientAddress, FORM_MAX_BYTES, readForm } from './http';

const form = (body: BodyInit, type = 'application/x-www-form-urlencoded') =>
  new Request('http://localhost/ruang-redaksi/masuk', {
    method: 'POST',
    headers: { 'content-type': type },
    body,
  });

describe('readForm', () => {
  it('reads a urlencoded form', async () => {
    const fields = await readForm(form('email=a%40b.id&password=x+y'));
    expect(fields).toEqual(
      new Map([
        ['email', 'a@b.id'],
        ['password', 'x y'],
      ]),
    );
  });

  it('reads the text fields of a multipart form', async () => {
    const data = new FormData();
    data.set('email', 'a@b.id');
    const request = new Request('http://localhost/x', { method: 'POST', body: data });
    expect((await readForm(request)) as Map<string, string>).toEqual(
      new Map([['email', 'a@b.id']]),
    );
  });

  it('refuses a body over the limit, even one sent without a length', async () => {
    expect(await readForm(form('a='.padEnd(FORM_MAX_BYTES + 1, 'x')))).toBe('too-large');
    const stream = new ReadableStream({
      pull(controller) {
        controller.enqueue(new TextEncoder().encode('x'.repeat(4096)));
      },
    });
    const chunked = new Request('http://localhost/x', {
      method: 'POST',
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect(await readForm(chunked)).toBe('too-large');
  });
});

describe('clientAddress', () => {
  it('is the X-Real-IP the front cache sets, else empty', () => {
    expect(clientAddress(new Headers({ 'x-real-ip': ' 203.0.113.9 ' }))).toBe('203.0.113.9');
    expect(clientAddress(new Headers())).toBe('');
  });
});
