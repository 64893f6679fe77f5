// Connected directly to mongodb-0. Initiates rs0 with MONGODB_MEMBERS members (3) unless it already exists.
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
  const ns = process.env.POD_NAMESPACE;
  const count = parseInt(process.env.MONGODB_MEMBERS || '3', 10);
  rs.initiate({
    _id: 'rs0',
    members: [...Array(count).keys()].map(i => ({
      _id: i,
      host: `mongodb-${i}.mongodb.${ns}.svc:27017`,
      priority: i === 0 ? 2 : 1
    }))
  });
  print('replica set rs0 initiated');
}
