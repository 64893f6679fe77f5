// Connected directly to the first member. Initiates rs0 with the members of CAUSETTE_MONGODB_HOSTS unless it exists.
const admin = db.getSiblingDB('admin');
admin.auth(process.env.MONGO_ROOT_USERNAME, process.env.MONGO_ROOT_PASSWORD);

let initiated = true;
try {
  rs.status();
} catch (e) {
  if (e.codeName !== 'NotYetInitialized') throw e;
  initiated = false;
}

if (initiated) {
  print('replica set rs0 already initiated');
} else {
  const hosts = process.env.CAUSETTE_MONGODB_HOSTS.split(',');
  rs.initiate({
    _id: 'rs0',
    members: hosts.map((host, i) => ({ _id: i, host, priority: i === 0 ? 2 : 1 }))
  });
  print(`replica set rs0 initiated with ${hosts.length} members`);
}
