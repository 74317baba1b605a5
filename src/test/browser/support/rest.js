// The service's REST API as an integration calls it (basic authentication as a demo user), to
// bring a routine to the step a browser test starts from.
const PASSWORD = process.env.DEMO_PASSWORD || 'demo';
const BASE = (process.env.SERVICE_URL || 'http://localhost:8080').replace(/\/$/, '');

function luhnDigit(nine) {
  let sum = 0;
  for (let i = 0; i < 9; i++) {
    const d = Number(nine[i]) * (i % 2 === 0 ? 2 : 1);
    sum += d > 9 ? d - 9 : d;
  }
  return (10 - (sum % 10)) % 10;
}

/**
 * A valid personnummer no other run used: born 1930–1949 on a day picked from the clock and a
 * counter, so that reruns against the same database do not collide.
 */
let counter = 0;
function freshPersonnummer() {
  const n = (Date.now() / 1000 | 0) * 7 + counter++;
  const year = 1930 + (n % 20);
  const month = String(1 + ((n / 20 | 0) % 12)).padStart(2, '0');
  const day = String(1 + ((n / 240 | 0) % 28)).padStart(2, '0');
  const serial = String((n / 6720 | 0) % 1000).padStart(3, '0');
  const nine = String(year).slice(2) + month + day + serial;
  return `${year}${month}${day}${serial}${luhnDigit(nine)}`;
}

async function rest(method, path, user, body) {
  const response = await fetch(BASE + path, {
    method,
    headers: {
      Authorization: 'Basic ' + Buffer.from(`${user}:${PASSWORD}`).toString('base64'),
      Accept: 'application/json',
      ...(body ? { 'Content-Type': 'application/json' } : {})
    },
    body: body ? JSON.stringify(body) : undefined
  });
  const text = await response.text();
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    json = text;
  }
  return { status: response.status, json };
}

const value = (v, type) => ({ value: v, type });

/**
 * The one open task of this kind for the brukare, as the user sees it; waits for async steps. Found
 * by the process variable personnummer in the POST body (the business key is the case reference).
 */
async function task(user, personnummer, taskDefinitionKey) {
  const deadline = Date.now() + 30000;
  for (;;) {
    const found = await rest('POST', '/engine-rest/task', user, {
      processVariables: [{ name: 'personnummer', operator: 'eq', value: personnummer }],
      taskDefinitionKey
    });
    if (found.status === 200 && found.json.length === 1) {
      return found.json[0];
    }
    if (Date.now() > deadline) {
      throw new Error(`${user} has no ${taskDefinitionKey}: ${found.status} ${JSON.stringify(found.json)}`);
    }
    await new Promise(resolve => setTimeout(resolve, 300));
  }
}

async function claimAndComplete(user, found, variables) {
  let answer = await rest('POST', `/engine-rest/task/${found.id}/claim`, user, { userId: user });
  if (answer.status !== 204) {
    throw new Error(`claim ${found.taskDefinitionKey}: ${answer.status} ${JSON.stringify(answer.json)}`);
  }
  answer = await rest('POST', `/engine-rest/task/${found.id}/complete`, user, { variables });
  if (answer.status !== 204) {
    throw new Error(`complete ${found.taskDefinitionKey}: ${answer.status} ${JSON.stringify(answer.json)}`);
  }
}

module.exports = { BASE, PASSWORD, rest, value, task, claimAndComplete, freshPersonnummer };
