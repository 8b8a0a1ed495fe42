// A create-react-app component: webpack bundles it, Node never runs it.
import React from 'react';
import logo from './logo.svg';
import './App.css';

export default function App() {
  return <img src={logo} alt={process.env.REACT_APP_NAME} />;
}
