import type { Strings } from '@coproduce/core';
import type { valuesAgreementEn } from './en.js';

/** Cymraeg: the strings of <values-agreement>. */
export const valuesAgreementCy: Strings<typeof valuesAgreementEn> = {
  'value.trust.name': 'Ymddiriedaeth a gonestrwydd',
  'value.trust.meaning':
    'Rydyn ni’n agored am yr hyn y gallwn ac na allwn ei newid, ac rydyn ni’n gwneud yr hyn rydyn ni’n ei ddweud.',
  'value.safety.name': 'Teimlo’n ddiogel',
  'value.safety.meaning': 'Gall pawb siarad heb gael eu barnu, a chamu allan pan fydd angen.',
  'value.equals.name': 'Gweithio fel pobl gyfartal',
  'value.equals.meaning':
    'Mae profiad bywyd yn cyfrif cymaint â gwybodaeth broffesiynol. Does dim un llais yn bwysicach na’r lleill.',
  'value.choice.name': 'Llais a dewis',
  'value.choice.meaning': 'Mae pobl yn dewis sut maen nhw’n cymryd rhan, a faint.',
  'value.access.name': 'Agored i bawb',
  'value.access.meaning':
    'Rydyn ni’n newid y ffordd rydyn ni’n gweithio fel bod pawb yn gallu cymryd rhan: yr amser, y lle, y fformat a’r cymorth.',
  'value.reciprocity.name': 'Rhoi yn ôl',
  'value.reciprocity.meaning':
    'Mae pobl yn cael diolch a thâl teg am eu hamser, ac yn gweld beth ddaeth o’u syniadau.',
  'value.culture.name': 'Parch at bwy ydyn ni',
  'value.culture.meaning': 'Rydyn ni’n parchu diwylliant, hanes, ffydd, rhywedd a hunaniaeth ein gilydd.',

  'rule.breaks.text': 'Rydyn ni’n cael seibiant yn rheolaidd, a gall unrhyw un gael seibiant pryd bynnag y bydd angen.',
  'rule.pass.text': 'Gall unrhyw un basio, ar unrhyw gwestiwn, heb ddweud pam.',
  'rule.cameras.text': 'Does dim rhaid troi camera ymlaen mewn cyfarfodydd ar-lein.',
  'rule.confidential.text': 'Mae’r hyn mae pobl yn ei rannu am eu bywydau yn aros yn yr ystafell, oni bai eu bod yn dweud fel arall.',
  'rule.disagreement.text': 'Rydyn ni’n anghytuno â syniadau, nid â phobl, ac yn cymryd amser i glywed pob ochr.',
  'rule.thanks.text':
    'Mae pobl yn cael tâl neu ddiolch am eu hamser yn y ffordd maen nhw’n ei dewis, ac yn cael gwybod sut cyn dechrau.',
};
