// A JSON-stat 2.0 dataset validator written from the format's full specification
// (https://json-stat.org/full/), not from any exporter: each check names the property of the spec it
// enforces. validateDataset(doc) returns the problems found, one sentence each; [] means valid.

// Properties whose parents include the root (per the spec's "Parents" tables), and likewise for a
// dimension ID object and for category. Anything else at those levels is not JSON-stat; providers
// put their own properties under "extension".
const ROOT = new Set(['version', 'class', 'id', 'size', 'role', 'value', 'status', 'dimension', 'label', 'updated',
  'source', 'extension', 'href', 'link', 'note', 'error']);
const DIMENSION = new Set(['category', 'label', 'class', 'note', 'href', 'link', 'extension', 'updated', 'source']);
const CATEGORY = new Set(['index', 'label', 'child', 'coordinates', 'unit', 'note']);
const ROLES = new Set(['time', 'geo', 'metric']);

const isObject = (x) => x !== null && typeof x === 'object' && !Array.isArray(x);
const isString = (x) => typeof x === 'string';
const isStringArray = (x) => Array.isArray(x) && x.every(isString);
const isCount = (x) => Number.isInteger(x) && x >= 0;

// updated: "an ISO 8601 format recognized by the Javascript Date.parse method (see ECMA-262 Date Time
// String Format)": YYYY[-MM[-DD]] (or ±YYYYYY), optionally THH:mm[:ss[.sss]] and Z or ±HH:mm.
const ECMA_DATE_TIME = /^([+-]\d{6}|\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{3}))?)?(Z|[+-](\d{2}):(\d{2}))?)?$/;

export function isEcmaDateTime(text) {
  const m = isString(text) ? ECMA_DATE_TIME.exec(text) : null;
  if (!m) return false;
  const [, y, mo = '01', d = '01', h = '00', mi = '00', s = '00', , , oh = '00', om = '00'] = m;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  if (y === '-000000' || month < 1 || month > 12) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  if (day < 1 || day > days) return false;
  // 24:00 is the end of a day in ECMA-262; no other time past 23:59:59.
  if (Number(h) > 24 || (Number(h) === 24 && (mi !== '00' || s !== '00' || (m[7] ?? '000') !== '000'))) return false;
  if (Number(mi) > 59 || Number(s) > 59 || Number(oh) > 23 || Number(om) > 59) return false;
  return !Number.isNaN(Date.parse(text));
}

/** The problems of a JSON-stat 2.0 dataset response; an empty array when there is none. */
export function validateDataset(doc) {
  const problems = [];
  const fail = (message) => problems.push(message);
  if (!isObject(doc)) return ['a JSON-stat response is a JSON object'];

  for (const key of Object.keys(doc)) {
    if (!ROOT.has(key)) fail(`${key} is not a JSON-stat property of a dataset (own properties go under extension)`);
  }
  // version: required; "can't accept values lower than 2.0"; later versions stay valid.
  if (!isString(doc.version) || !/^\d+\.\d+$/.test(doc.version) || Number(doc.version) < 2) {
    fail('version must be a version string, "2.0" or later');
  }
  if (doc.class !== 'dataset') fail('class must be "dataset"');
  for (const key of ['label', 'source', 'href']) {
    if (key in doc && !isString(doc[key])) fail(`${key} must be a string`);
  }
  if ('note' in doc && !isStringArray(doc.note)) fail('note must be an array of strings');
  if ('extension' in doc && !isObject(doc.extension)) fail('extension must be an object');
  if ('link' in doc && !isObject(doc.link)) fail('link must be an object');
  if ('error' in doc && !Array.isArray(doc.error)) fail('error must be an array');
  if ('updated' in doc && !isEcmaDateTime(doc.updated)) {
    fail(`updated must be an ECMA-262 date-time string Date.parse reads, not ${JSON.stringify(doc.updated)}`);
  }

  // id: required, the ordered dimension IDs; size: required, the number of categories of each.
  const idOk = isStringArray(doc.id) && new Set(doc.id).size === doc.id.length;
  if (!idOk) fail('id must be an array of distinct dimension IDs (strings)');
  const sizeOk = Array.isArray(doc.size) && doc.size.every(isCount);
  if (!sizeOk) fail('size must be an array of category counts (non-negative integers)');
  const shapeOk = idOk && sizeOk && doc.id.length === doc.size.length;
  if (idOk && sizeOk && !shapeOk) fail(`size has ${doc.size.length} elements, id ${doc.id.length}: they must match`);
  const cells = shapeOk ? doc.size.reduce((a, b) => a * b, 1) : null;

  // role: optional, time/geo/metric, each an array of dimension IDs.
  const metric = new Set();
  if ('role' in doc) {
    if (!isObject(doc.role)) {
      fail('role must be an object');
    } else {
      for (const [role, dims] of Object.entries(doc.role)) {
        if (!ROLES.has(role)) fail(`role.${role} is not a role (time, geo, metric)`);
        if (!isStringArray(dims)) {
          fail(`role.${role} must be an array of dimension IDs`);
          continue;
        }
        for (const dim of dims) {
          if (idOk && !doc.id.includes(dim)) fail(`role.${role} names ${dim}, which is not in id`);
          if (role === 'metric') metric.add(dim);
        }
      }
    }
  }

  // dimension: required; exactly one dimension ID object per element of id.
  if (!isObject(doc.dimension)) {
    fail('dimension must be an object');
  } else {
    if (idOk) {
      for (const dim of doc.id) if (!(dim in doc.dimension)) fail(`dimension ${dim} of id is missing`);
      for (const dim of Object.keys(doc.dimension)) if (!doc.id.includes(dim)) fail(`dimension ${dim} is not in id`);
    }
    for (const [dim, body] of Object.entries(doc.dimension)) {
      const at = shapeOk ? doc.id.indexOf(dim) : -1;
      dimension(dim, body, at >= 0 ? doc.size[at] : null, metric.has(dim), fail);
    }
  }

  // value: required; an array of the cube's size (row-major), or an object of cell positions.
  if (Array.isArray(doc.value)) {
    if (cells !== null && doc.value.length !== cells) {
      fail(`value has ${doc.value.length} elements, the product of size is ${cells}`);
    }
    doc.value.forEach((v, i) => { if (v !== null && !Number.isFinite(v)) fail(`value[${i}] must be a number or null`); });
  } else if (isObject(doc.value)) {
    for (const [key, v] of Object.entries(doc.value)) {
      if (!isCell(key, cells)) fail(`value key ${key} is not a cell position below ${cells}`);
      if (v !== null && !Number.isFinite(v)) fail(`value ${key} must be a number or null`);
    }
  } else {
    fail('value must be an array or an object');
  }

  // status: optional; a string for all data, an array by position (same size as value), or an
  // object for specific cells. The single-element array is deprecated: refused unless one cell.
  if ('status' in doc && !isString(doc.status)) {
    if (Array.isArray(doc.status)) {
      if (cells !== null && doc.status.length !== cells) {
        fail(`status has ${doc.status.length} elements, value ${cells}: they must match (a one-element array is deprecated)`);
      }
      doc.status.forEach((s, i) => { if (s !== null && !isString(s)) fail(`status[${i}] must be a string`); });
    } else if (isObject(doc.status)) {
      for (const [key, s] of Object.entries(doc.status)) {
        if (!isCell(key, cells)) fail(`status key ${key} is not a cell position below ${cells}`);
        if (!isString(s)) fail(`status ${key} must be a string`);
      }
    } else {
      fail('status must be a string, an array or an object');
    }
  }
  return problems;
}

function isCell(key, cells) {
  return /^(0|[1-9]\d*)$/.test(key) && (cells === null || Number(key) < cells);
}

function dimension(dim, body, size, isMetric, fail) {
  if (!isObject(body)) return fail(`dimension ${dim} must be an object`);
  for (const key of Object.keys(body)) {
    if (!DIMENSION.has(key)) fail(`dimension ${dim}: ${key} is not a property of a dimension`);
  }
  if ('label' in body && !isString(body.label)) fail(`dimension ${dim}: label must be a string`);
  const category = body.category;
  if (!isObject(category)) return fail(`dimension ${dim}: category is required and must be an object`);
  for (const key of Object.keys(category)) {
    if (!CATEGORY.has(key)) fail(`dimension ${dim}: ${key} is not a property of category`);
  }

  // index: array of IDs, or object ID → position; required unless the dimension has one category,
  // and then category label is required instead.
  let ids = null;
  const index = category.index;
  if (index === undefined) {
    if (!isObject(category.label)) {
      fail(`dimension ${dim}: category index is required (only a constant dimension may give category label alone)`);
    } else {
      ids = Object.keys(category.label);
      if (ids.length !== 1) fail(`dimension ${dim}: without index the dimension must have exactly one category`);
    }
  } else if (Array.isArray(index)) {
    if (!isStringArray(index) || new Set(index).size !== index.length) {
      fail(`dimension ${dim}: category index must hold distinct category IDs`);
    }
    ids = index.map(String);
  } else if (isObject(index)) {
    ids = Object.keys(index);
    const positions = Object.values(index);
    const permutation = positions.every(Number.isInteger)
      && [...positions].sort((a, b) => a - b).every((p, i) => p === i);
    if (!permutation) fail(`dimension ${dim}: category index positions must be 0 to ${ids.length - 1}, each once`);
  } else {
    fail(`dimension ${dim}: category index must be an array or an object`);
  }
  if (ids !== null && size !== null && ids.length !== size) {
    fail(`dimension ${dim} has ${ids.length} categories, size says ${size}`);
  }
  const known = new Set(ids ?? []);
  const keysKnown = (what, obj) => {
    for (const key of Object.keys(obj)) {
      if (ids !== null && !known.has(key)) fail(`dimension ${dim}: category ${what} ${key} is not a category of index`);
    }
  };

  if ('label' in category) {
    if (!isObject(category.label) || !Object.values(category.label).every(isString)) {
      fail(`dimension ${dim}: category label must be an object of category ID → string`);
    } else if (Object.keys(category.label).length === 0) {
      // The spec's published dataset schema (json-stat.org/format/schema/2.0/) sets minProperties 1.
      fail(`dimension ${dim}: category label, when given, labels at least one category`);
    } else {
      keysKnown('label', category.label);
    }
  }
  if ('child' in category) {
    if (!isObject(category.child)) {
      fail(`dimension ${dim}: category child must be an object`);
    } else {
      keysKnown('child', category.child);
      for (const [parent, children] of Object.entries(category.child)) {
        if (!isStringArray(children)) fail(`dimension ${dim}: child ${parent} must be an array of category IDs`);
        else for (const c of children) if (ids !== null && !known.has(c)) fail(`dimension ${dim}: child ${c} is not a category`);
      }
    }
  }
  if ('coordinates' in category) {
    if (!isObject(category.coordinates)) {
      fail(`dimension ${dim}: category coordinates must be an object`);
    } else {
      keysKnown('coordinates', category.coordinates);
      for (const [id, c] of Object.entries(category.coordinates)) {
        if (!Array.isArray(c) || c.length !== 2 || !c.every(Number.isFinite)) {
          fail(`dimension ${dim}: coordinates of ${id} must be [longitude, latitude]`);
        }
      }
    }
  }
  if ('note' in category) {
    if (!isObject(category.note) || !Object.values(category.note).every(isStringArray)) {
      fail(`dimension ${dim}: category note must be an object of category ID → array of strings`);
    } else {
      keysKnown('note', category.note);
    }
  }

  // unit: for the categories of a dimension with a metric role; decimals required, an integer
  // count of decimals; label and symbol strings; position start or end.
  if ('unit' in category) {
    if (!isMetric) fail(`dimension ${dim}: category unit belongs to dimensions with a metric role`);
    if (!isObject(category.unit)) return fail(`dimension ${dim}: category unit must be an object`);
    keysKnown('unit', category.unit);
    for (const [id, unit] of Object.entries(category.unit)) {
      if (!isObject(unit)) {
        fail(`dimension ${dim}: unit of ${id} must be an object`);
        continue;
      }
      if (!isCount(unit.decimals)) fail(`dimension ${dim}: unit of ${id} needs decimals, a non-negative integer`);
      for (const key of ['label', 'symbol']) {
        if (key in unit && !isString(unit[key])) fail(`dimension ${dim}: unit ${key} of ${id} must be a string`);
      }
      if ('position' in unit && unit.position !== 'start' && unit.position !== 'end') {
        fail(`dimension ${dim}: unit position of ${id} must be start or end`);
      }
    }
  }
}
