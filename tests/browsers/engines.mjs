// One harness for the three engines a news audience uses, each through its
// own WebDriver server from Debian or crates.io (none is downloaded at run
// time): Chromium (chromedriver), Firefox ESR (geckodriver) and WebKitGTK's
// MiniBrowser (WebKitWebDriver, under a virtual X display).
import { spawn } from 'node:child_process';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Builder } from 'selenium-webdriver';
import chrome from 'selenium-webdriver/chrome.js';
import firefox from 'selenium-webdriver/firefox.js';

const CHROMIUM_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--window-size=1280,900'];

/** A free port on loopback. */
function freePort() {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Starts `command` and resolves once it accepts connections on `port`. */
async function serverOn(command, args, port) {
  // Its own process group, so stop() ends the display server with it; unref'd,
  // so a failed run cannot keep the test runner waiting for it.
  const child = spawn(command, args, { stdio: 'ignore', detached: true });
  child.unref();
  for (let i = 0; i < 100; i++) {
    const up = await new Promise((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => { socket.end(); resolve(true); }).on('error', () => resolve(false));
    });
    if (up) return child;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${command} did not start on port ${port}`);
}

/** Each engine: its name, and how to open a session (`javascript: false` where the engine allows it). */
export const ENGINES = [
  {
    name: 'Chromium',
    async start() {
      const options = new chrome.Options().setChromeBinaryPath('/usr/bin/chromium').addArguments(...CHROMIUM_FLAGS);
      const driver = await new Builder().forBrowser('chrome').setChromeOptions(options)
        .setChromeService(new chrome.ServiceBuilder('/usr/bin/chromedriver')).build();
      return { driver, stop: () => driver.quit() };
    },
  },
  {
    name: 'Firefox',
    async start({ javascript = true } = {}) {
      const options = new firefox.Options().setBinary('/usr/bin/firefox-esr').addArguments('-headless', '--width=1280', '--height=900')
        .setPreference('javascript.enabled', javascript);
      const driver = await new Builder().forBrowser('firefox').setFirefoxOptions(options)
        .setFirefoxService(new firefox.ServiceBuilder(path.join(os.homedir(), '.cargo/bin/geckodriver'))).build();
      return { driver, stop: () => driver.quit() };
    },
  },
  {
    name: 'WebKit',
    async start() {
      const port = await freePort();
      const server = await serverOn('xvfb-run', ['-a', '-s', '-screen 0 1280x900x24', 'WebKitWebDriver', `--port=${port}`], port);
      const driver = await new Builder().usingServer(`http://127.0.0.1:${port}`).withCapabilities({
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': { binary: '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser', args: ['--automation'] },
      }).build();
      await driver.manage().window().setRect({ width: 1280, height: 900 }).catch(() => {});
      return {
        driver,
        async stop() {
          await driver.quit().catch(() => {});
          try { process.kill(-server.pid); } catch { /* already gone */ }
        },
      };
    },
  },
];

/**
 * Runs `script` (a function body) with `root` bound to the shadow root of the
 * first widget on the page; `args` are its `arguments`.
 */
export function inWidget(driver, script, ...args) {
  return driver.executeScript(
    `const root = document.querySelectorAll('[data-stancemap]')[0].shadowRoot; ${script}`, ...args);
}

/** Waits until the widget's app is in charge (it marks its host) and returns its selected tab. */
export async function ready(driver) {
  await driver.wait(() => driver.executeScript(
    "const h = document.querySelector('[data-stancemap]'); return !!h && h.hasAttribute('data-stancemap-ready')"), 20000);
  return selectedTab(driver);
}

export const selectedTab = (driver) => inWidget(driver, "return root.querySelector('[role=tab][aria-selected=true]').textContent");
