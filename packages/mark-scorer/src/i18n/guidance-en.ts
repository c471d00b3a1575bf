/**
 * “More about this mark”, in English: the practical guidance behind each
 * default mark. Most visits never open one, so these words are a chunk of
 * their own, fetched when a reader first opens one (see ../guidance.ts).
 */
export const words = {
  'mark.starting-positively.more':
    'Talk with each person before the first meeting: what they want from it, and what would make it easier to come. Agree payment before anyone starts, and pay on time. Ask how people like to meet: the time of day, the place, online or in a room, and any support they need.',
  'mark.shared-purpose.more':
    'Agree in plain words what the project is for and what would count as success, and write it down. Check that people with lived experience shaped it, not only staff. Come back to it when things change.',
  'mark.what-can-change.more':
    'Be clear about what the group can decide, what it can influence, and what is already fixed. Name who makes the decisions the group cannot. People would rather know the limits now than find out later that their ideas were never possible.',
  'mark.easy-to-join.more':
    'Ask each person what helps them take part: times, places, travel, breaks, large print, a quiet room, someone to come with them. Pay travel and care costs up front where you can. Ask again as the project goes on, because needs change.',
  'mark.right-for-this.more':
    'Co-production needs room for people to change what happens, and the time, money and support to do it properly. If the big decisions are already made, say so, and think again about whether to ask people at all. It is better to be honest now than to ask for ideas nobody can use.',
  'mark.who-is-missing.more':
    'Look around the group and ask who is missing: people of some ages, backgrounds, languages or experiences. Ask why: the time, the place, the cost, trust, or how people heard about it. Change what you can, and say what you tried.',
  'mark.our-words.more':
    'Make a short list of words the group will use, and words it will avoid. Ask people what they would like to be called. When someone uses a word or an abbreviation that not everyone knows, anyone can ask what it means, and that is welcome.',
  'mark.listening.more':
    'Notice who gets interrupted or talked over, and who speaks most. Give people time to finish, and ways to add things in writing or afterwards. Show what you did with what people said, so they know it was heard.',
  'mark.new-skills.more':
    'Ask people what they would like to learn, and offer training, mentoring or practice. Name the skills people gain, such as chairing a meeting or speaking to a panel, so they can use them elsewhere, on a CV for example. Staff learn from people with lived experience too: say so.',
  'mark.icebreakers.more':
    'Keep them short, light and optional: anyone can pass without giving a reason. Use first names, not job titles. Offer ways to join in without speaking or with cameras off, and avoid questions that ask people to share something personal.',
  'mark.creative-ways.more':
    'Not everyone thinks best by talking or writing. Try drawing, photos, objects, maps, stories, or walking and talking. Let people choose how they take part, and keep and use what they make like any other idea.',
  'mark.conflict.more':
    'Disagreement is normal and can be useful. Agree early how you will handle it: take a break, hear each side, and look at what caused it. If someone gets upset, check in with them kindly, in private if they prefer, and offer support. Deal with problems early, before they grow.',
  'mark.community.more':
    'Link the project to the places and groups people already belong to. Meet in the community where you can, and share what you learn with it. Ask what the project can give back, not only what it needs.',
  'mark.power.more':
    'Talk openly about who has more say: who holds the budget, who chairs, who writes the notes. Share those jobs around. Let people with lived experience go first sometimes, and check that decisions were shaped by them, not only agreed at the end.',
  'mark.ongoing-reviews.more':
    'At every meeting, take a few minutes to ask: What are our gaps? Does everyone feel heard and valued? What should we change? Make it easy to answer without speaking, on paper for example. Act on the answers, and say what changed.',
  'mark.decompress.more':
    'Talking about lived experience can be hard. Plan breaks and a quiet space, and end meetings gently rather than in a rush. Tell people where they can get support afterwards, and check in with anyone who seemed upset.',
  'mark.planning-for-change.more':
    'People’s lives change: illness, work, caring, or needing a break. Agree how someone can step back and come back without losing their place. Keep notes so new people can catch up, and welcome them properly. Thank people who leave, and tell them what came of their work.',
  'mark.allyship.more':
    'Challenge racism and discrimination when you see or hear it, in the room and in the organisation. Do not leave it to the people it affects to speak up. Learn about the experiences of people in the group, and check that everyone is treated fairly, including in how people are paid and credited.',
  'mark.online-comfort.more':
    'Cameras are always optional. Check that everyone can get online and use the tools, and offer help or a way to join by phone. Use the chat and other ways to join in besides speaking. Keep online meetings shorter, with breaks.',
  'mark.admin-support.more':
    'Co-production needs a lot of organising: booking rooms, sending papers in the right formats, arranging travel and making sure people are paid on time. Make it someone’s job, give it time and a budget, and thank them for it. When admin is left to chance, people drop out.',
  'mark.crediting.more':
    'Ask each person how they would like to be credited: full name, first name, a made-up name, or not at all. Name everyone’s part in reports, talks and websites. Never present co-produced work as one person’s or one organisation’s.',
  'mark.sharing-change.more':
    'Tell everyone who took part what happened because of their time and ideas, including what could not change and why. Do it soon, and in a way people can use. This is often called “you said, we did”.',
  'mark.celebrating.more':
    'Mark what the group achieved in a way everyone enjoys: a meal, an event, a certificate or a simple thank you. Ask the group how they would like to celebrate, and include people who left along the way.',
  'mark.accessible-sharing.more':
    'Share what you found in plain language, and in the formats people need: Easy Read, large print, audio, Welsh or other languages. Ask people with lived experience to check it, and share it with the group first.',
  'mark.looking-back.more':
    'Compare today’s scores with earlier ones and talk about why they moved. The scores are the group’s own reflection, not a target. A lower score can be a good sign: the group now sees more clearly.',
  'mark.take-forward.more':
    'Name what worked well, so you or others can do it again. Write it down in plain words, and share it with the people who will plan the next project.',
  'mark.drop.more':
    'Agree what did not work, and stop doing it. Be honest, and kind: the aim is to learn, not to blame. Ask people who left what would have helped them stay.',
  'mark.staying-in-touch.more':
    'Tell people what happens next and how they can stay involved, if they want to. Ask how they would like to hear about it, and make it just as easy to step away.',
};
