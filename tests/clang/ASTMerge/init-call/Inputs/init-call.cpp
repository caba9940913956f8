struct list_head { list_head *next, *prev; };
void link(init list_head &self, list_head *next) {
  self.next = next;
  self.prev = next;
}
inline list_head made(list_head *p) { return link(p); }
inline void placed(list_head *p) { link(init *p, p); }
