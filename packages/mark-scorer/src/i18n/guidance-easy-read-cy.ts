import type { GuidanceWords } from './guidance.js';

/**
 * Cymraeg hawdd ei ddeall (Easy Read Welsh) for “More about this mark”, on
 * the terms of easy-read-cy.ts. Needs a fluent Easy Read Welsh reviewer
 * before it ships.
 */
export const words: GuidanceWords = {
  'mark.starting-positively.more':
    'Siaradwch â phob person cyn y cyfarfod cyntaf. Cytunwch sut byddan nhw’n cael eu talu. Talwch nhw ar amser. Gofynnwch sut maen nhw’n hoffi cwrdd.',
  'mark.right-for-this.more':
    'Gwiriwch fod pethau’n gallu newid go iawn. Gwiriwch fod amser ac arian. Os yw penderfyniadau mawr wedi’u gwneud yn barod, dywedwch hynny.',
  'mark.shared-purpose.more':
    'Cytunwch beth yw pwrpas y prosiect. Ysgrifennwch e mewn geiriau plaen. Gwiriwch fod pawb wedi helpu i’w siapio.',
  'mark.who-is-missing.more': 'Edrychwch pwy sydd ar goll o’r grŵp. Gofynnwch pam. Newidiwch beth gallwch chi.',
  'mark.what-can-change.more':
    'Dywedwch beth mae’r grŵp yn gallu ei benderfynu. Dywedwch beth na all newid. Dywedwch pwy sy’n gwneud y penderfyniadau hynny.',
  'mark.our-words.more':
    'Gwnewch restr o eiriau bydd y grŵp yn eu defnyddio. Gall unrhyw un ofyn beth mae gair yn ei olygu. Mae croeso i hynny.',
  'mark.easy-to-join.more':
    'Gofynnwch i bob person beth sy’n eu helpu i gymryd rhan. Talwch am deithio lle gallwch chi. Gofynnwch eto wedyn.',
  'mark.listening.more':
    'Sylwch pwy sy’n cael eu torri ar eu traws. Rhowch amser i bobl orffen. Dangoswch beth wnaethoch chi â’u syniadau.',
  'mark.new-skills.more':
    'Gofynnwch beth mae pobl eisiau ei ddysgu. Cynigiwch hyfforddiant. Dywedwch pa sgiliau mae pobl wedi’u hennill.',
  'mark.icebreakers.more': 'Cadwch nhw’n fyr ac yn hawdd. Gall unrhyw un basio. Defnyddiwch enwau cyntaf yn unig.',
  'mark.creative-ways.more':
    'Dydy pawb ddim yn hoffi siarad neu ysgrifennu. Rhowch gynnig ar dynnu lluniau, ffotograffau neu straeon. Gadewch i bobl ddewis.',
  'mark.conflict.more':
    'Mae’n iawn anghytuno. Cymerwch seibiant a gwrandewch ar bob ochr. Os yw rhywun yn ypset, gwiriwch eu bod yn iawn.',
  'mark.community.more':
    'Cwrddwch mewn lleoedd mae pobl yn mynd iddyn nhw’n barod. Rhannwch beth rydych chi’n ei ddysgu. Gofynnwch beth gall y prosiect ei roi yn ôl.',
  'mark.power.more':
    'Siaradwch am bwy sydd â mwy o lais. Rhannwch swyddi fel cadeirio’r cyfarfod. Gadewch i bobl â phrofiad bywyd fynd gyntaf weithiau.',
  'mark.ongoing-reviews.more':
    'Ym mhob cyfarfod, gofynnwch: Oes rhywbeth ar goll? Ydy pawb yn teimlo bod rhywun yn gwrando? Yna gweithredwch ar yr atebion.',
  'mark.decompress.more':
    'Gall siarad am eich bywyd fod yn anodd. Cynlluniwch seibiannau ac ystafell dawel. Dywedwch ble gall pobl gael help.',
  'mark.planning-for-change.more':
    'Efallai y bydd angen i bobl adael neu gymryd seibiant. Cytunwch sut gallan nhw ddod yn ôl. Diolchwch i bobl sy’n gadael.',
  'mark.allyship.more':
    'Codwch lais am hiliaeth a thriniaeth annheg. Peidiwch â’i adael i’r bobl mae’n eu brifo. Triniwch bawb yn deg.',
  'mark.online-comfort.more':
    'Eich dewis chi yw camerâu bob amser. Helpwch bobl i fynd ar-lein. Cadwch gyfarfodydd ar-lein yn fyr, gyda seibiannau.',
  'mark.admin-support.more':
    'Mae’n rhaid i rywun archebu ystafelloedd a threfnu tâl. Gwnewch hyn yn swydd i un person. Rhowch amser ac arian iddyn nhw ar ei gyfer.',
  'mark.crediting.more': 'Gofynnwch i bob person sut maen nhw eisiau i’w henw gael ei ddangos. Enwch bawb a helpodd.',
  'mark.sharing-change.more':
    'Dywedwch wrth bawb beth ddigwyddodd oherwydd eu syniadau. Dywedwch beth na allai newid, a pham.',
  'mark.celebrating.more': 'Dathlwch beth wnaeth y grŵp. Gofynnwch i’r grŵp sut. Gwahoddwch bobl a adawodd hefyd.',
  'mark.accessible-sharing.more':
    'Rhannwch beth gawsoch chi mewn geiriau plaen. Cynigiwch Hawdd ei Ddeall, print bras a Saesneg.',
  'mark.looking-back.more':
    'Edrychwch ar hen sgorau a sgorau newydd. Siaradwch am pam y newidion nhw. Dydy’r sgorau ddim yn brawf.',
  'mark.take-forward.more': 'Dywedwch beth weithiodd yn dda. Ysgrifennwch e. Rhannwch e â’r prosiect nesaf.',
  'mark.drop.more': 'Dywedwch beth na weithiodd. Rhowch y gorau iddo. Byddwch yn garedig: does neb ar fai.',
  'mark.staying-in-touch.more':
    'Dywedwch wrth bobl beth sy’n digwydd nesaf. Gofynnwch sut maen nhw eisiau clywed. Mae’n iawn stopio.',
};
