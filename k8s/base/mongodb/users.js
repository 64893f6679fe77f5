// Connected to the replica set (the driver finds the primary). Creates the application user, or
// brings its password and roles in line with the Secret: readWrite on each service's database only.
const admin = db.getSiblingDB('admin');
admin.auth(process.env.MONGO_ROOT_USERNAME, process.env.MONGO_ROOT_PASSWORD);

const prefix = process.env.CAUSETTE_DB_PREFIX || 'causette';
const name = process.env.MONGO_APP_USERNAME;
const roles = ['gateway', 'rooms', 'messaging', 'moderation']
  .map(service => ({ role: 'readWrite', db: `${prefix}_${service}` }));
const majority = { w: 'majority', wtimeout: 30000 };

if (admin.getUser(name) === null) {
  admin.createUser({ user: name, pwd: process.env.MONGO_APP_PASSWORD, roles }, majority);
  print(`user ${name} created`);
} else {
  admin.updateUser(name, { pwd: process.env.MONGO_APP_PASSWORD, roles }, majority);
  print(`user ${name} updated`);
}
