import { describe, expect, it } from 'vitest';
import { dataText } from '../src/gateway/gateway';

/*
 * The distributed gateway's lane forwards a one-subgraph query's data as the subgraph wrote it
 * (gateway.ts): only an answer of the form this API's servers write without errors is cut, and
 * anything else sends the request the full way (undefined).
 */
describe('dataText', () => {
  const cost = '"extensions":{"cost":{"estimated":12,"limit":5000}}';

  it("cuts the data out of a subgraph's answer as its servers write it", () => {
    expect(dataText(`{"data":{"schools":{"nodes":[{"id":"a"}]}},${cost}}\n`)).toBe(
      '{"schools":{"nodes":[{"id":"a"}]}}',
    );
    // A field aliased `extensions` inside the data is data.
    expect(dataText(`{"data":{"extensions":{"cost":1},"x":"a,\\"extensions\\":"},${cost}}\n`)).toBe(
      '{"extensions":{"cost":1},"x":"a,\\"extensions\\":"}',
    );
  });

  it('gives nothing for errors, null data, other extensions or another form', () => {
    expect(dataText(`{"errors":[{"message":"no"}],"data":{"a":1},${cost}}\n`)).toBeUndefined();
    expect(dataText(`{"data":null,${cost}}\n`)).toBeUndefined();
    expect(dataText('{"data":{"a":1},"extensions":{"cost":{},"other":1}}\n')).toBeUndefined();
    expect(dataText('{"data":{"a":1}}\n')).toBeUndefined();
    expect(dataText('{"data":{"a":1},"extensions":{"cost":')).toBeUndefined();
    expect(dataText('<html>')).toBeUndefined();
  });
});
