/** English strings of <values-agreement>; the shared ones come from core. */
export const valuesAgreementEn = {
  // Default values: a short, plain-language starting set the group can change.
  'value.trust.name': 'Trust and honesty',
  'value.trust.meaning': 'We are open about what we can and can’t change, and we do what we say.',
  'value.safety.name': 'Feeling safe',
  'value.safety.meaning': 'Everyone can speak without being judged, and can step out when they need to.',
  'value.equals.name': 'Working as equals',
  'value.equals.meaning': 'Lived experience counts as much as professional knowledge. Nobody’s voice matters more.',
  'value.choice.name': 'Voice and choice',
  'value.choice.meaning': 'People choose how they take part, and how much.',
  'value.access.name': 'Open to everyone',
  'value.access.meaning':
    'We change how we work so everyone can take part: the time, the place, the format and the support.',
  'value.reciprocity.name': 'Giving back',
  'value.reciprocity.meaning': 'People are thanked and paid fairly for their time, and see what came of their ideas.',
  'value.culture.name': 'Respect for who we are',
  'value.culture.meaning': 'We respect each other’s culture, history, faith, gender and identity.',

  // Default ground rules for working together.
  'rule.breaks.text': 'We take regular breaks, and anyone can take a break whenever they need one.',
  'rule.pass.text': 'Anyone can pass, on any question, without saying why.',
  'rule.cameras.text': 'Cameras are optional in online meetings.',
  'rule.confidential.text': 'What people share about their lives stays in the room, unless they say otherwise.',
  'rule.disagreement.text': 'We disagree with ideas, not people, and we take time to hear every side.',
  'rule.thanks.text':
    'People are paid or thanked for their time in the way they choose, and told how before they start.',
};
