// The elements are defined before the app mounts, so Vue sets their
// properties (it sets a property when the element has one).
import 'coproduce/define';
import { createApp } from 'vue';
import App from './App.vue';

createApp(App).mount('#app');
