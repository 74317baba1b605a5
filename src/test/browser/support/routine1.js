// Routine 1 (montering-bistandsbedomd) started and walked through REST, to the step a browser
// test needs: the demo users berit (biståndshandläggare), hanna (hemtjänst), lars (larmhandläggare).
const { rest, value, task, claimAndComplete, freshPersonnummer } = require('./rest');

async function startRoutine1(namn, adress) {
  const personnummer = freshPersonnummer();
  const started = await rest('POST', '/engine-rest/process-definition/key/montering-bistandsbedomd/start', 'berit', {
    variables: {
      personnummer: value(personnummer, 'String'), namn: value(namn, 'String'), adress: value(adress, 'String'),
      postnummer: value('123 45', 'String'), ort: value('Småstad', 'String'), telefon: value('070-123 45 67', 'String'),
      insatsHemtjanst: value(true, 'Boolean'), insatsTrygghetslarm: value(true, 'Boolean'),
      beslutsdatum: value(new Date().toISOString().slice(0, 10) + 'T00:00:00.000+0100', 'Date')
    }
  });
  if (started.status !== 200) {
    throw new Error(`start: ${started.status} ${JSON.stringify(started.json)}`);
  }
  return personnummer;
}

/** Up to hemtjänst's NFC tag: lock need judged, keys taken in, installation planned. */
async function walkToNfcTag(personnummer) {
  await claimAndComplete('hanna', await task('hanna', personnummer, 'Task_BedomLasbehov'), {
    harKodlas: value(false, 'Boolean'), fysiskaNycklarFinns: value(false, 'Boolean'),
    oppnarSjalv: value(false, 'Boolean'), villInteHaLas: value(false, 'Boolean')
  });
  await claimAndComplete('hanna', await task('hanna', personnummer, 'Task_TaInFysiskaNycklar'), {
    fysiskaNycklarFinns: value(true, 'Boolean'), nyckelnummer: value(`N-${personnummer.slice(8)}`, 'String'),
    nyckelnummerLarmgrupp: value(`L-${personnummer.slice(8)}`, 'String')
  });
  await claimAndComplete('lars', await task('lars', personnummer, 'Task_PlaneraInstallation'), {});
  return task('hanna', personnummer, 'Task_SattUppNfcEtikett');
}

module.exports = { startRoutine1, walkToNfcTag };
