// Connected to the replica set (the driver finds the primary). Creates each user, or brings its password and roles
// in line with the Secret: one user per service with readWrite on that service's database only, a backup user
// that can only read (the built-in `backup` role), and the exporters' user (cluster monitoring, no data).
// Restores run as root (k8s/README.md, "Back up and restore").
const admin = db.getSiblingDB('admin');
admin.auth(process.env.MONGO_ROOT_USERNAME, process.env.MONGO_ROOT_PASSWORD);

const prefix = process.env.CAUSETTE_DB_PREFIX || 'causette';
const majority = { w: 'majority', wtimeout: 30000 };

function ensure(name, password, roles) {
  if (!password) throw new Error(`no password for ${name} in the causette-mongodb Secret`);
  if (admin.getUser(name) === null) {
    admin.createUser({ user: name, pwd: password, roles }, majority);
    print(`user ${name} created`);
  } else {
    admin.updateUser(name, { pwd: password, roles }, majority);
    print(`user ${name} updated`);
  }
}

for (const service of ['gateway', 'rooms', 'messaging', 'moderation']) {
  ensure(`causette-${service}`, process.env[`MONGO_${service.toUpperCase()}_PASSWORD`],
    [{ role: 'readWrite', db: `${prefix}_${service}` }]);
}
ensure('causette-backup', process.env.MONGO_BACKUP_PASSWORD, [{ role: 'backup', db: 'admin' }]);
ensure('causette-metrics', process.env.MONGO_METRICS_PASSWORD,
  [{ role: 'clusterMonitor', db: 'admin' }, { role: 'read', db: 'local' }]);

// The single user of earlier versions had readWrite on every database. Dropped by hand once every service runs
// with its own user (k8s/README.md, "Deploy"), never here: pods of the previous version may still use it.
if (admin.getUser('causette') !== null) {
  print('the shared user "causette" of earlier versions still exists: drop it once the rollout is complete');
}
