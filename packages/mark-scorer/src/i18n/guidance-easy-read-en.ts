import type { GuidanceWords } from './guidance.js';

/** Easy Read English for “More about this mark”: every mark's, so none falls back to the plain words. */
export const words: GuidanceWords = {
  'mark.starting-positively.more':
    'Talk with each person before the first meeting. Agree how they will be paid. Pay them on time. Ask how they like to meet.',
  'mark.right-for-this.more':
    'Check that things can really change. Check there is time and money. If big decisions are made already, say so.',
  'mark.shared-purpose.more':
    'Agree what the project is for. Write it down in plain words. Check that everyone helped to shape it.',
  'mark.who-is-missing.more': 'Look at who is missing from the group. Ask why. Change what you can.',
  'mark.what-can-change.more':
    'Say what the group can decide. Say what it cannot change. Say who makes those decisions.',
  'mark.our-words.more': 'Make a list of words the group will use. Anyone can ask what a word means. That is welcome.',
  'mark.easy-to-join.more': 'Ask each person what helps them take part. Pay for travel where you can. Ask again later.',
  'mark.listening.more': 'Notice who gets talked over. Give people time to finish. Show what you did with their ideas.',
  'mark.new-skills.more': 'Ask what people want to learn. Offer training. Say what skills people have gained.',
  'mark.icebreakers.more': 'Keep them short and easy. Anyone can pass. Use first names only.',
  'mark.creative-ways.more':
    'Not everyone likes talking or writing. Try drawing, photos or stories. Let people choose.',
  'mark.conflict.more':
    'It is fine to disagree. Take a break and listen to each side. If someone is upset, check they are OK.',
  'mark.community.more': 'Meet in places people already go. Share what you learn. Ask what the project can give back.',
  'mark.power.more':
    'Talk about who has more say. Share jobs like chairing the meeting. Let people with lived experience go first sometimes.',
  'mark.ongoing-reviews.more':
    'At every meeting, ask: Is anything missing? Does everyone feel listened to? Then act on the answers.',
  'mark.decompress.more':
    'Talking about your life can be hard. Plan breaks and a quiet room. Say where people can get help.',
  'mark.planning-for-change.more':
    'People may need to leave or take a break. Agree how they can come back. Thank people who leave.',
  'mark.allyship.more':
    'Speak up about racism and unfair treatment. Do not leave it to the people it hurts. Treat everyone fairly.',
  'mark.online-comfort.more':
    'Cameras are always your choice. Help people get online. Keep online meetings short, with breaks.',
  'mark.admin-support.more':
    'Someone has to book rooms and arrange pay. Make it the job of 1 person. Give them time and money for it.',
  'mark.crediting.more': 'Ask each person how they want their name shown. Name everyone who helped.',
  'mark.sharing-change.more': 'Tell everyone what happened because of their ideas. Say what could not change, and why.',
  'mark.celebrating.more': 'Celebrate what the group did. Ask the group how. Invite people who left too.',
  'mark.accessible-sharing.more': 'Share what you found in plain words. Offer Easy Read, large print and Welsh.',
  'mark.looking-back.more':
    'Look at old scores and new scores. Talk about why they changed. The scores are not a test.',
  'mark.take-forward.more': 'Say what worked well. Write it down. Share it with the next project.',
  'mark.drop.more': 'Say what did not work. Stop doing it. Be kind: nobody is to blame.',
  'mark.staying-in-touch.more': 'Tell people what happens next. Ask how they want to hear. It is fine to stop.',
};
