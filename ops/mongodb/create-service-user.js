// Run by the mongo image once, when it initialises an empty data volume (as the root user, before
// the replica set starts): the user the three services and the web console connect as. It may read
// and write their own databases (the console's holds only its sessions) and nothing else; the root
// user stays for operators. Changing MONGO_SERVICE_PASSWORD later needs db.changeUserPassword() (or
// a fresh volume): this script does not run again.
const username = process.env.MONGO_SERVICE_USERNAME;
const password = process.env.MONGO_SERVICE_PASSWORD;
if (!username || !password) {
  throw new Error('MONGO_SERVICE_USERNAME and MONGO_SERVICE_PASSWORD must be set (see .env.example)');
}
db.getSiblingDB('admin').createUser({
  user: username,
  pwd: password,
  roles: ['supervision', 'recommendation', 'notification', 'console'].map((database) => ({ role: 'readWrite', db: database })),
});
print(`Created the services' database user ${username}`);
