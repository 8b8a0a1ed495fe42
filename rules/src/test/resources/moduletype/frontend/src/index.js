// The bundle's entry: imports a stylesheet, so it is bundler input too.
import ReactDOM from 'react-dom/client';
import './index.css';
import App from './App';

ReactDOM.createRoot(document.getElementById('root')).render(App());
