import 'stat-widgets';
import { createApp } from 'vue';
import { reportWarnings } from '../../shared/page.js';
import App from './App.vue';

reportWarnings('vue');
createApp(App).mount('#app');
