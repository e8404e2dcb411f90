// The device's store of offline work (IndexedDB, through the vendored idb wrapper).
//
// - "records": what waits to be sent, in the order it was made. Each record belongs to
//   one learner (their stable id) and is sent only while that learner is signed in:
//     {id, learner, kind: "statement", statement, label, created}  PUT to the LRS;
//     {id, learner, kind: "request", url, body, label, created}     POST to the platform
//       (a quiz submission or a lesson answer; the server builds the statements, with
//       the ids and times made here).
// - "rejected": records the server refused as they are (kept, never dropped silently).
// - "attempts": quiz attempts prepared for offline use, by learner and quiz.
// - "downloads": the courses each learner made available offline on this device.
// - "state": small facts: the learner the device remembers as signed in ("learner", their
//   id, and "learnerName"), set only by a page the platform itself just made.
import { openDB } from "../vendor/idb/idb.js";

const DB_NAME = "platform-offline";
const DB_VERSION = 1;
let opened = null;

export function database() {
  if (!opened) {
    opened = openDB(DB_NAME, DB_VERSION, {
      upgrade(db) {
        const records = db.createObjectStore("records", { keyPath: "id" });
        records.createIndex("learner", "learner");
        db.createObjectStore("rejected", { keyPath: "id" }).createIndex("learner", "learner");
        db.createObjectStore("attempts", { keyPath: ["learner", "quiz"] });
        db.createObjectStore("downloads", { keyPath: ["learner", "course", "language"] })
          .createIndex("learner", "learner");
        db.createObjectStore("state");
      },
    });
  }
  return opened;
}

export function uuid4() {
  if (self.crypto && self.crypto.randomUUID) {
    return self.crypto.randomUUID();
  }
  const bytes = self.crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

// -- records ----------------------------------------------------------------------------

export async function recordAdd(record) {
  if (!record.learner) {
    throw new Error("a record needs its learner");
  }
  const db = await database();
  const full = { created: new Date().toISOString(), ...record, id: record.id || uuid4() };
  await db.put("records", full);
  return full;
}

export async function recordsFor(learner) {
  const db = await database();
  const records = await db.getAllFromIndex("records", "learner", learner);
  return records.sort((a, b) => (a.created < b.created ? -1 : a.created > b.created ? 1 : 0));
}

export async function recordsCount(learner) {
  const db = await database();
  if (learner) {
    return db.countFromIndex("records", "learner", learner);
  }
  return db.count("records");
}

export async function recordGet(id) {
  const db = await database();
  return db.get("records", id);
}

export async function recordRemove(id) {
  const db = await database();
  await db.delete("records", id);
}

export async function recordReject(record, reason) {
  const db = await database();
  const tx = db.transaction(["records", "rejected"], "readwrite");
  await tx.objectStore("rejected").put({ ...record, reason, rejected: new Date().toISOString() });
  await tx.objectStore("records").delete(record.id);
  await tx.done;
}

export async function rejectedGet(id) {
  const db = await database();
  return db.get("rejected", id);
}

export async function rejectedRemove(id) {
  const db = await database();
  await db.delete("rejected", id);
}

export async function rejectedCount(learner) {
  const db = await database();
  return db.countFromIndex("rejected", "learner", learner);
}

// -- state ------------------------------------------------------------------------------

export async function stateGet(key) {
  const db = await database();
  return db.get("state", key);
}

export async function stateSet(key, value) {
  const db = await database();
  await db.put("state", value, key);
}

// -- prepared quiz attempts ---------------------------------------------------------------

export async function attemptKeep(learner, quiz, document) {
  const db = await database();
  await db.put("attempts", { learner, quiz, document, kept: new Date().toISOString() });
}

export async function attemptFor(learner, quiz) {
  const db = await database();
  const entry = await db.get("attempts", [learner, quiz]);
  return entry ? entry.document : null;
}

export async function attemptForget(learner, quiz) {
  const db = await database();
  await db.delete("attempts", [learner, quiz]);
}

// -- downloads --------------------------------------------------------------------------

export async function downloadKeep(entry) {
  const db = await database();
  await db.put("downloads", entry);
}

export async function downloadsFor(learner) {
  const db = await database();
  return db.getAllFromIndex("downloads", "learner", learner);
}

export async function downloadForget(learner, course, language) {
  const db = await database();
  await db.delete("downloads", [learner, course, language]);
}
