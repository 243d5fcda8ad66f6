/* write_html.c — the graph as one self-contained HTML page: an evidence
 * viewer that draws actors, places and events, and shows on a click the
 * evidence sentence(s), the factuality, the date, the CAMEO code and the
 * source of the selected event (or the links of the selected actor).
 * Owns: the page (markup, style, script, all inline and written for this
 * project: no external resource is loaded, and a Content-Security-Policy
 * forbids it) and the JSON data island it draws, written with yajl with
 * '<', '>' and '&' escaped so no text can close the <script> element.
 * The page selects a node named in its URL fragment ("#event=0" for the
 * first event, "#node=N"), which the tests use in place of a click, and
 * "#q=TEXT" fills the filter box (nodes not matching are dimmed).
 * Does not own: the triples (graph.c) or reading them (write_view.c).
 */
#include <stdlib.h>
#include <string.h>
#include <yajl_gen.h>
#include "write.h"
#include "write_view.h"
#include "world.h"
#include "utf8.h"

typedef struct hctx {
  yajl_gen g;
  FILE *out;
  int failed;
} hctx;

/* Print callback: JSON text inside <script>: escape what HTML could see. */
static void to_script(void *ctx, const char *s, size_t n)
{
  hctx *h = ctx;
  size_t a = 0;
  for (size_t i = 0; i < n; i++) {
    const char *rep = NULL;
    if (s[i] == '<') rep = "\\u003c";
    else if (s[i] == '>') rep = "\\u003e";
    else if (s[i] == '&') rep = "\\u0026";
    else if ((unsigned char)s[i] == 0xE2 && i + 2 < n && (unsigned char)s[i + 1] == 0x80 &&
             ((unsigned char)s[i + 2] == 0xA8 || (unsigned char)s[i + 2] == 0xA9)) {
      rep = (unsigned char)s[i + 2] == 0xA8 ? "\\u2028" : "\\u2029";
    }
    if (rep) {
      fwrite(s + a, 1, i - a, h->out);
      fputs(rep, h->out);
      if ((unsigned char)s[i] == 0xE2)
        i += 2;
      a = i + 1;
    }
  }
  fwrite(s + a, 1, n - a, h->out);
}

static void jstr(hctx *h, const char *s)
{
  if (!s)
    s = "";
  size_t n = strlen(s);
  char *r = NULL;
  if (!kg_utf8_valid(s, n)) {
    size_t rep;
    if (!(r = kg_utf8_repair(s, n, &n, &rep))) {
      h->failed = 1;
      return;
    }
    s = r;
  }
  if (yajl_gen_string(h->g, (const unsigned char *)s, n) != yajl_gen_status_ok)
    h->failed = 1;
  free(r);
}

static void kv(hctx *h, const char *k, const char *v)
{
  if (!v)
    return;
  jstr(h, k);
  jstr(h, v);
}

static void data(hctx *h, const kg_view *v, const char *title)
{
  yajl_gen g = h->g;
  size_t *map = malloc((v->nnodes + 1) * sizeof *map);
  if (!map) {
    h->failed = 1;
    return;
  }
  yajl_gen_map_open(g);
  kv(h, "title", title);
  jstr(h, "nodes");
  yajl_gen_array_open(g);
  size_t k = 0;
  for (size_t i = 0; i < v->nnodes; i++) {
    const kg_vnode *n = &v->nodes[i];
    map[i] = (size_t)-1;
    if (!kg_vnode_drawn(n))
      continue;
    map[i] = k++;
    yajl_gen_map_open(g);
    kv(h, "k", kg_vkind_name(n->kind));
    kv(h, "l", kg_vnode_text(n));
    kv(h, "iri", n->iri);
    kv(h, "c", n->cameo);
    kv(h, "cn", n->cameo_name);
    kv(h, "d", n->date);
    kv(h, "f", n->factuality);
    kv(h, "s", n->source);
    kv(h, "wd", n->wikidata);
    if (n->nevidence) {
      jstr(h, "ev");
      yajl_gen_array_open(g);
      for (size_t e = 0; e < n->nevidence; e++)
        jstr(h, n->evidence[e]);
      yajl_gen_array_close(g);
    }
    if (n->nalt) {
      jstr(h, "alt");
      yajl_gen_array_open(g);
      for (size_t e = 0; e < n->nalt; e++)
        jstr(h, n->alt[e]);
      yajl_gen_array_close(g);
    }
    yajl_gen_map_close(g);
  }
  yajl_gen_array_close(g);
  jstr(h, "edges");
  yajl_gen_array_open(g);
  for (size_t i = 0; i < v->nedges; i++) {
    const kg_vedge *e = &v->edges[i];
    if (!kg_vedge_drawn(v, e) || e->from == e->to)
      continue;
    char a[32], b[32];
    snprintf(a, sizeof a, "%zu", map[e->from]);
    snprintf(b, sizeof b, "%zu", map[e->to]);
    yajl_gen_array_open(g);
    yajl_gen_number(g, a, strlen(a));
    yajl_gen_number(g, b, strlen(b));
    jstr(h, e->rel);
    yajl_gen_array_close(g);
  }
  yajl_gen_array_close(g);
  yajl_gen_map_close(g);
  free(map);
}

static const char page_head[] =
"<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
"<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
"style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">\n"
"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
"<meta name=\"generator\" content=\"kgbuild " KG_VERSION_STRING "\">\n";

static const char page_style[] =
"<style>\n"
"html,body{margin:0;height:100%;font:14px/1.4 system-ui,sans-serif;color:#222;background:#fafafa}\n"
"#app{display:flex;height:100%}\n"
"#canvas{flex:1;position:relative;overflow:hidden}\n"
"#canvas svg{width:100%;height:100%;display:block;cursor:grab}\n"
"#side{width:340px;border-left:1px solid #ccc;background:#fff;padding:12px 16px;overflow:auto;box-sizing:border-box}\n"
"#side h1{font-size:16px;margin:0 0 4px}#side h2{font-size:13px;margin:14px 0 4px;color:#555;text-transform:uppercase;letter-spacing:.04em}\n"
"#side .evidence{background:#f4f1e6;border-left:3px solid #c9a227;padding:6px 8px;margin:6px 0;white-space:pre-wrap}\n"
"#side dl{display:grid;grid-template-columns:auto 1fr;gap:2px 10px;margin:6px 0}#side dt{color:#666}#side dd{margin:0;word-break:break-word}\n"
"#side ul{padding-left:18px;margin:4px 0}#side a{color:#1f5fa8;cursor:pointer;text-decoration:underline}\n"
".fact-Asserted{color:#2e7d32}.fact-Hedged{color:#b26a00}.fact-Negated{color:#c62828}\n"
"#legend{position:absolute;left:8px;bottom:8px;background:rgba(255,255,255,.92);border:1px solid #ccc;padding:6px 8px;font-size:12px}\n"
"#legend span{display:inline-block;width:10px;height:10px;border-radius:50%;margin:0 4px 0 10px;vertical-align:middle}\n"
"#stats{position:absolute;left:8px;top:8px;background:rgba(255,255,255,.92);border:1px solid #ccc;padding:4px 8px;font-size:12px}\n"
"text{pointer-events:none;font-size:11px;paint-order:stroke;stroke:#fafafa;stroke-width:3px}\n"
".node{cursor:pointer}.node.sel circle,.node.sel rect{stroke:#000;stroke-width:3px}\n"
".edge{stroke-opacity:.55}.edge.hl{stroke-opacity:1;stroke-width:2.5px}\n"
".dim{opacity:.12}#filter{position:absolute;right:8px;top:8px;width:240px;padding:4px 6px;border:1px solid #bbb;border-radius:3px;font:inherit}\n"
"</style>\n";

static const char page_body[] =
"</head>\n<body>\n<div id=\"app\"><div id=\"canvas\"><svg id=\"svg\" xmlns=\"http://www.w3.org/2000/svg\">"
"<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"6\" markerHeight=\"6\" orient=\"auto-start-reverse\">"
"<path d=\"M0,0L10,5L0,10z\" fill=\"#777\"/></marker></defs><g id=\"view\"><g id=\"edges\"></g><g id=\"nodes\"></g></g></svg>"
"<div id=\"stats\"></div><div id=\"legend\"></div>"
"<input id=\"filter\" type=\"search\" placeholder=\"Filter: name, event, sentence\" aria-label=\"Filter\"></div>\n"
"<div id=\"side\"><h1 id=\"title\"></h1><p id=\"hint\">Click an event (small square) to see its evidence sentence, "
"factuality and source; click an actor to see its links. Drag to pan, scroll to zoom.</p><div id=\"detail\"></div></div></div>\n";

/* The script: layout (deterministic force-directed), drawing, selection. */
static const char page_script[] =
"<script>\n\"use strict\";\n(function(){\n"
"var D=JSON.parse(document.getElementById('kg-data').textContent);\n"
"var N=D.nodes,E=D.edges,NS='http://www.w3.org/2000/svg';\n"
"var COL={Person:'#1f77b4',Country:'#2ca02c',Organization:'#9467bd',Place:'#8c564b',Event:'#ff7f0e',Other:'#999'};\n"
"var FCOL={Asserted:'#ff7f0e',Hedged:'#f2c14e',Negated:'#d62728'};\n"
"var ECOL={agent:'#d62728',target:'#1f77b4',participant:'#7f7f7f',place:'#8c564b',leaderOf:'#2ca02c',officialOf:'#17becf',memberOf:'#9467bd',allyOf:'#bcbd22',during:'#e377c2'};\n"
"function el(t,a,p){var e=document.createElementNS(NS,t);for(var k in a)e.setAttribute(k,a[k]);if(p)p.appendChild(e);return e;}\n"
"function h(t,txt,cls){var e=document.createElement(t);if(txt!=null)e.textContent=txt;if(cls)e.className=cls;return e;}\n"
"document.getElementById('title').textContent=D.title||'kgbuild graph';\n"
"var adj=N.map(function(){return [];});\n"
"E.forEach(function(e,i){adj[e[0]].push(i);adj[e[1]].push(i);});\n"
"var seed=1;function rnd(){seed=(seed*16807)%2147483647;return (seed-1)/2147483646;}\n"
"var n=N.length,X=new Float64Array(n),Y=new Float64Array(n),R=Math.max(200,Math.sqrt(n)*60);\n"
"var na=0;N.forEach(function(d){if(d.k!=='Event')na++;});\n"
"var ai=0;N.forEach(function(d,i){if(d.k!=='Event'){var a=2*Math.PI*ai++/Math.max(1,na);X[i]=R*Math.cos(a);Y[i]=R*Math.sin(a);}});\n"
"N.forEach(function(d,i){if(d.k==='Event'){var sx=0,sy=0,c=0;adj[i].forEach(function(j){var e=E[j],o=e[0]===i?e[1]:e[0];if(N[o].k!=='Event'){sx+=X[o];sy+=Y[o];c++;}});"
"X[i]=(c?sx/c:0)+(rnd()-.5)*R*.3;Y[i]=(c?sy/c:0)+(rnd()-.5)*R*.3;}});\n"
"var it=n<2?0:Math.max(30,Math.min(300,Math.floor(3e7/(n*n))));\n"
"var k=n<80?95:70,t=R*.2;\n"
"for(var s=0;s<it;s++){var dx=new Float64Array(n),dy=new Float64Array(n);\n"
" for(var i=0;i<n;i++){if(!adj[i].length)continue;for(var j=i+1;j<n;j++){if(!adj[j].length)continue;var x=X[i]-X[j],y=Y[i]-Y[j],d2=x*x+y*y+.01;if(d2>16*k*k)continue;var f=k*k/d2;dx[i]+=x*f;dy[i]+=y*f;dx[j]-=x*f;dy[j]-=y*f;}}\n"
" E.forEach(function(e){var a=e[0],b=e[1],x=X[a]-X[b],y=Y[a]-Y[b],d=Math.sqrt(x*x+y*y)+.01,f=d/k;dx[a]-=x*f;dy[a]-=y*f;dx[b]+=x*f;dy[b]+=y*f;});\n"
" for(var i=0;i<n;i++){if(!adj[i].length)continue;dx[i]-=X[i]*.05;dy[i]-=Y[i]*.05;var l=Math.sqrt(dx[i]*dx[i]+dy[i]*dy[i])+1e-9,m=Math.min(l,t);X[i]+=dx[i]/l*m;Y[i]+=dy[i]/l*m;}\n"
" t=Math.max(1,t*.97);}\n"
"(function(){var y1=-1e9,x0=1e9,x1=-1e9,c=0;for(var i=0;i<n;i++)if(adj[i].length){y1=Math.max(y1,Y[i]);x0=Math.min(x0,X[i]);x1=Math.max(x1,X[i]);}\n"
" if(y1<-1e8){y1=0;x0=0;x1=600;}var per=Math.max(3,Math.floor((x1-x0+120)/160));\n"
" for(var i=0;i<n;i++)if(!adj[i].length){X[i]=x0+160*(c%per);Y[i]=y1+60+40*Math.floor(c/per);c++;}})();\n"
"var ge=document.getElementById('edges'),gn=document.getElementById('nodes'),eEl=[],nEl=[];\n"
"N.forEach(function(d){if(d.cn)d.cn=d.cn.replace(/, not specified below$/,'');});\n"
"E.forEach(function(e){var ag=e[2]==='agent',a=ag?e[1]:e[0],b=ag?e[0]:e[1],x=X[b]-X[a],y=Y[b]-Y[a],d=Math.sqrt(x*x+y*y)||1,rb=N[b].k==='Event'?6:11;\n"
" var l=el('line',{x1:X[a],y1:Y[a],x2:X[b]-x/d*rb,y2:Y[b]-y/d*rb,stroke:ECOL[e[2]]||'#aaa','stroke-width':1.5,'class':'edge','marker-end':'url(#arrow)'},ge);\n"
" if(e[2]==='participant')l.setAttribute('stroke-dasharray','4 3');el('title',{},l).textContent=e[2];eEl.push(l);});\n"
"var showEv=N.filter(function(d){return d.k==='Event';}).length<=60;\n"
"var order=[];N.forEach(function(d,i){if(d.k==='Event')order.push(i);});N.forEach(function(d,i){if(d.k!=='Event')order.push(i);});\n"
"order.forEach(function(i){var d=N[i],g=el('g',{'class':'node',transform:'translate('+X[i].toFixed(1)+','+Y[i].toFixed(1)+')'},gn);\n"
" if(d.k==='Event')el('rect',{x:-5,y:-5,width:10,height:10,fill:FCOL[d.f]||COL.Event,stroke:'#fff'},g);\n"
" else el('circle',{r:10,fill:COL[d.k]||COL.Other,stroke:'#fff','stroke-width':1.5},g);\n"
" var lab=d.k==='Event'?(d.cn||d.c||'event')+(d.d?' '+d.d:''):d.l;\n"
" el('title',{},g).textContent=lab;\n"
" if(d.k!=='Event'||showEv){var tx=el('text',{x:d.k==='Event'?8:13,y:4},g);tx.textContent=lab.length>40?lab.slice(0,39)+'\\u2026':lab;if(d.k==='Event')tx.setAttribute('fill','#666');}\n"
" g.addEventListener('click',function(ev){ev.stopPropagation();select(i);});nEl[i]=g;});\n"
"var nev=0;N.forEach(function(d){if(d.k==='Event')nev++;});\n"
"document.getElementById('stats').textContent=(n-nev)+' actors and places, '+nev+' events, '+E.length+' links';\n"
"var lg=document.getElementById('legend');['Person','Country','Organization','Place'].forEach(function(k){var s=h('span');s.style.background=COL[k];lg.appendChild(s);lg.appendChild(document.createTextNode(k));});\n"
"['Asserted','Hedged','Negated'].forEach(function(k){var s=h('span');s.style.background=FCOL[k];s.style.borderRadius='0';lg.appendChild(s);lg.appendChild(document.createTextNode(k+' event'));});\n"
"var svg=document.getElementById('svg'),view=document.getElementById('view'),vx=0,vy=0,vs=1;\n"
"function fit(){var b=svg.getBoundingClientRect(),w=b.width||800,hh=b.height||600,x0=1e9,y0=1e9,x1=-1e9,y1=-1e9;\n"
" for(var i=0;i<n;i++){x0=Math.min(x0,X[i]);y0=Math.min(y0,Y[i]);x1=Math.max(x1,X[i]+120);y1=Math.max(y1,Y[i]);}\n"
" if(!n){x0=y0=0;x1=y1=1;}vs=Math.min(2,.92*Math.min(w/Math.max(1,x1-x0+40),hh/Math.max(1,y1-y0+40)));vx=w/2-vs*(x0+x1)/2;vy=hh/2-vs*(y0+y1)/2;apply();}\n"
"function apply(){view.setAttribute('transform','translate('+vx.toFixed(1)+','+vy.toFixed(1)+') scale('+vs.toFixed(4)+')');}\n"
"svg.addEventListener('wheel',function(ev){ev.preventDefault();var f=ev.deltaY<0?1.15:1/1.15,b=svg.getBoundingClientRect(),mx=ev.clientX-b.left,my=ev.clientY-b.top;vx=mx-(mx-vx)*f;vy=my-(my-vy)*f;vs*=f;apply();},{passive:false});\n"
"var drag=null;svg.addEventListener('mousedown',function(ev){drag=[ev.clientX,ev.clientY,vx,vy];});\n"
"window.addEventListener('mousemove',function(ev){if(drag){vx=drag[2]+ev.clientX-drag[0];vy=drag[3]+ev.clientY-drag[1];apply();}});\n"
"window.addEventListener('mouseup',function(){drag=null;});\n"
"svg.addEventListener('click',function(){select(-1);});\n"
"function link(i){var a=h('a',N[i].k==='Event'?(N[i].cn||N[i].c||'event')+(N[i].d?' ('+N[i].d+')':''):N[i].l);a.addEventListener('click',function(){select(i);});return a;}\n"
"function row(dl,k,v){if(v==null||v==='')return;dl.appendChild(h('dt',k));var dd=h('dd');if(typeof v==='string')dd.textContent=v;else dd.appendChild(v);dl.appendChild(dd);return dd;}\n"
"function select(i){nEl.forEach(function(g,j){g.classList.toggle('sel',j===i);});\n"
" eEl.forEach(function(l,j){l.classList.toggle('hl',i>=0&&(E[j][0]===i||E[j][1]===i));});\n"
" var det=document.getElementById('detail');det.textContent='';document.getElementById('hint').style.display=i<0?'':'none';\n"
" if(i<0)return;var d=N[i];det.setAttribute('data-selected',String(i));\n"
" det.appendChild(h('h1',d.k==='Event'?(d.cn||'Event')+(d.c?' \\u2014 CAMEO '+d.c:''):d.l));\n"
" var dl=h('dl');det.appendChild(dl);row(dl,'Type',d.k);\n"
" if(d.k==='Event'){var fd=row(dl,'Factuality',d.f||'unknown');if(fd)fd.className='fact-'+(d.f||'');row(dl,'Date',d.d);}\n"
" row(dl,'Source',d.s);if(d.wd)row(dl,'Wikidata',d.wd);if(d.alt)row(dl,'Also called',d.alt.join('; '));row(dl,'IRI',d.iri);\n"
" if(d.ev&&d.ev.length){det.appendChild(h('h2',d.ev.length>1?'Evidence sentences':'Evidence sentence'));d.ev.forEach(function(s){det.appendChild(h('div',s,'evidence'));});}\n"
" var out=[],inc=[];adj[i].forEach(function(j){var e=E[j];if(e[0]===i)out.push(e);else inc.push(e);});\n"
" if(out.length){det.appendChild(h('h2','Links'));var ul=h('ul');out.forEach(function(e){var li=h('li',e[2]+' \\u2192 ');li.appendChild(link(e[1]));ul.appendChild(li);});det.appendChild(ul);}\n"
" if(inc.length){det.appendChild(h('h2',d.k==='Event'?'Linked from':'In events and relations'));var ul2=h('ul');inc.forEach(function(e){var li=h('li');li.appendChild(link(e[0]));li.appendChild(document.createTextNode(' \\u2014 as '+e[2]));ul2.appendChild(li);});det.appendChild(ul2);}\n"
"}\n"
"function fromHash(){var q=/^#q=(.*)$/.exec(location.hash);if(q){fl.value=decodeURIComponent(q[1]);fl.dispatchEvent(new Event('input'));return;}\n"
" var m=/^#(event|node)=(\\d+)$/.exec(location.hash);if(!m)return;var want=+m[2];\n"
" if(m[1]==='node'){if(want<n)select(want);return;}for(var i=0,c=0;i<n;i++)if(N[i].k==='Event'&&c++===want){select(i);return;}}\n"
"var fl=document.getElementById('filter');fl.addEventListener('input',function(){var q=fl.value.trim().toLowerCase(),hit=N.map(function(d){\n"
" if(!q)return true;return [d.l,d.cn,d.c,d.d,d.f].concat(d.ev||[],d.alt||[]).some(function(t){return t&&String(t).toLowerCase().indexOf(q)>=0;});});\n"
" nEl.forEach(function(g,i){g.classList.toggle('dim',!hit[i]);});eEl.forEach(function(l,j){l.classList.toggle('dim',!(hit[E[j][0]]&&hit[E[j][1]])&&!!q);});});\n"
"window.addEventListener('hashchange',fromHash);window.addEventListener('resize',fit);\n"
"fit();fromHash();document.body.setAttribute('data-drawn',String(n));\n"
"})();\n</script>\n";

kg_status kg_write_html(FILE *out, void **statements, size_t n, const kg_world *w)
{
  kg_view *v = kg_view_new(statements, n, w);
  hctx h = { yajl_gen_alloc(NULL), out, 0 };
  if (!v || !h.g) {
    kg_view_free(v);
    if (h.g)
      yajl_gen_free(h.g);
    if (w)
      kg_logf(kg_world_log(w), KG_LOG_ERROR, "html", "out of memory");
    return KG_ERR_NOMEM;
  }
  yajl_gen_config(h.g, yajl_gen_print_callback, to_script, (void *)&h);
  /* the page title: the documents' titles */
  char title[512] = "";
  size_t ndocs = 0;
  for (size_t i = 0; i < v->nnodes; i++)
    if (v->nodes[i].kind == KG_VK_DOCUMENT && v->nodes[i].label) {
      if (ndocs++ == 0)
        snprintf(title, sizeof title, "%s", v->nodes[i].label);
    }
  if (ndocs > 1) {
    size_t l = strlen(title);
    snprintf(title + (l > 400 ? 400 : l), sizeof title - (l > 400 ? 400 : l), " and %zu more", ndocs - 1);
  }
  char *clip = kg_view_clip(title[0] ? title : "kgbuild graph", 300);
  fputs(page_head, out);
  fputs("<title>", out);
  kg_xml_puts(out, clip ? clip : "kgbuild graph", 0);
  fputs("</title>\n", out);
  fputs(page_style, out);
  fputs(page_body, out);
  fputs("<script type=\"application/json\" id=\"kg-data\">", out);
  data(&h, v, clip);
  fputs("</script>\n", out);
  fputs(page_script, out);
  fputs("</body>\n</html>\n", out);
  free(clip);
  yajl_gen_free(h.g);
  kg_view_free(v);
  if (h.failed || ferror(out)) {
    if (w)
      kg_logf(kg_world_log(w), KG_LOG_ERROR, "html", h.failed ? "out of memory" : "write error");
    return h.failed ? KG_ERR_NOMEM : KG_ERR_IO;
  }
  return KG_OK;
}
