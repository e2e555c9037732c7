import 'stat-widgets';
import { mount } from 'svelte';
import { reportWarnings } from '../../shared/page.js';
import App from './App.svelte';

reportWarnings('svelte');
mount(App, { target: document.getElementById('app')! });
