// Stop-word lists, one per supported language. Short on purpose: the most frequent function words are enough
// to tell prose from menus (jusText's idea) and to tell one language from another.
// Keep these as plain data; the logic lives in ./index.ts.

const words = (s: string): ReadonlySet<string> => new Set(s.split(/\s+/).filter(Boolean));

export const STOPWORDS: Readonly<Record<string, ReadonlySet<string>>> = {
  en: words(`a about after against all also an and any are as at be because been before being between both but by
    can could did do does during each for from had has have he her here hers him his how i if in into is it its
    just me more most my no nor not of off on once only or other our out over own same she should so some such
    than that the their them then there these they this those through to too under until up very was we were what
    when where which while who whom why will with would you your said says would who has its it's he's that's`),
  de: words(`aber alle als also am an auch auf aus bei bin bis bist da damit dann das dass dem den der des die dies
    diese dieser doch dort du durch ein eine einem einen einer eines er es für gegen hat hatte hier ich ihm ihn ihr
    im in ist ja jetzt kann kein keine mich mir mit muss nach nicht noch nun nur ob oder ohne schon sehr sein seine
    sich sie sind so über um und uns unter vom von vor war waren was weil wenn werden wie wieder wir wird wurde
    zu zum zur zwischen sagte`),
  fr: words(`au aux avec ce ces cette dans de des du elle en est et être eux il ils je la le les leur lui ma mais me
    même mes moi mon ne nos notre nous on ou où par pas pour qu que qui sa se ses son sont sur ta te tes toi ton
    tu un une vos votre vous été était avait ont a aussi plus comme tout été selon dont`),
  es: words(`al algo como con cual cuando de del desde donde el ella ellos en entre era es esa ese eso esta este
    esto fue ha hay la las le les lo los más me mi muy no nos o para pero por que qué se ser si sin sobre su sus
    también te tiene todo un una uno y ya según han sido`),
  it: words(`a ad al alla alle anche che chi ci come con da dal dalla dei del della delle di dove e è gli ha hanno
    i il in io la le lei lo loro lui ma mi ne nei nel nella non o per più quando questo questa se si sono su sua
    suo tra un una uno anche essere stato era`),
  pt: words(`a ao aos as até com como da das de dela dele do dos e é ela ele eles em entre era essa esse esta este
    eu foi há isso já mais mas me mesmo muito na nas não no nos o os ou para pela pelo por quando que se sem ser
    seu sua são também tem um uma você foram`),
  ru: words(`а без бы был была были было в вам вас во вот все всё вы где да для до его ее её если есть еще ещё же за
    и из или им их к как ко когда кто ли мы на над не него нет ни но о об он она они оно от по под при с со так
    также то того тоже только у уже что чтобы это этот эти я`),
  id: words(`ada adalah akan aku bagi bahwa banyak belum bisa dalam dan dari dengan di dia hanya ini itu jika juga
    kami kamu karena ke kepada ketika lebih mereka oleh pada para saat saya sebagai sejak sudah tak tapi telah
    tersebut tidak untuk yang atau harus masih namun beberapa menurut sejumlah setelah sebelum seperti secara serta
    hingga antara yaitu yakni pun lagi lalu kemudian sangat semua sebuah bukan pernah sekitar agar terhadap tentang
    sedang baru tetap pula kata ujar mengatakan`),
  nl: words(`aan al als bij dat de die dit een en er had heb heeft het hij hoe ik in is je kan maar me met mij naar
    niet nog nu of om onder ons ook op over te tot uit van voor was wat we wel werd wie wij zal ze zei zich zijn zo`),
};

/** Languages recognised by stop words (others by script, see ./index.ts). */
export const STOPWORD_LANGUAGES = Object.keys(STOPWORDS);
