/**
 * Words and phrases that the most common passwords are built from, written for ITTC from the
 * patterns that public breach statistics agree on (names of sports, pets, bands, keyboard walks,
 * "password" in many spellings, Chinese pinyin favourites, love phrases). A password is refused
 * when, after lower-casing, undoing simple character swaps (p@ssw0rd) and stripping digits and
 * symbols at its ends, what is left is one of these words, or one of them repeated, or nothing.
 * Since passwords are at least 12 characters long, this blocks "Password2024!", "iloveyou1234"
 * and "dragondragon" as well as the literal common ones.
 */
export const COMMON_PASSWORD_WORDS: readonly string[] = `
password passwort passe motdepasse contrasena senha parola wachtwoord salasana haslo lozinka heslo jelszo
pass passw passwd pwd secret secrets mypassword mypass letmein letme login logon signin welcome welcomeback
admin administrator root superuser sysadmin system manager master masterkey changeme default guest user
test tester testing testtest demo sample example temp temporary newpassword oldpassword nopassword
qwerty qwertz azerty qwertyuiop qwertyuiopasdfghjkl qwertyuiopasdfghjklzxcvbnm asdfgh asdfghjkl asdf asdfjkl
zxcvbn zxcvbnm zxcv qazwsx qazwsxedc qazwsxedcrfv qwaszx qweasd qweasdzxc zaqxsw zaq12wsx 1qaz2wsx
1qaz2wsx3edc 1q2w3e 1q2w3e4r 1q2w3e4r5t 1q2w3e4r5t6y q1w2e3r4 q1w2e3r4t5 q1w2e3r4t5y6 a1b2c3 a1b2c3d4
abc abcd abcde abcdef abcdefg abcdefgh abcdefghijkl qwe asd zxc qweqwe asdasd zxczxc mnbvcxz poiuytrewq
ytrewq lkjhgfdsa iloveyou iloveu loveyou loveme lovely lover lovers mylove ilovegod ilovejesus
iloveyoutoo iloveyouforever foreverlove trueloves truelove sweetheart sweetie sweety honey honeybee
babygirl babyboy baby babe princess prince queen king kingkong angel angels angelina
dragon dragons monkey monkeys tiger tigers lion lions panda pandas bear bears eagle eagles falcon
wolf wolves shark sharks dolphin dolphins horse horses pony kitty kitten cat cats dog dogs puppy doggy
bunny rabbit turtle snake spider spiderman superman batman ironman hulk thor captain captainamerica
football soccer baseball basketball hockey golf tennis volleyball cricket rugby boxing
liverpool arsenal chelsea manchester manutd barcelona realmadrid juventus milan bayern
yankees lakers cowboys steelers packers patriots raiders broncos
starwars startrek pokemon pikachu naruto onepiece minecraft fortnite roblox zelda mario nintendo
playstation xbox gamer gaming matrix hacker hackers computer internet google facebook youtube
apple samsung iphone android microsoft windows linux ubuntu
sunshine shadow shadows summer winter spring autumn flower flowers rainbow butterfly diamond
silver golden gold purple orange yellow green blue black white red pink
freedom liberty justice peace heaven angel hello hello123 helloworld whatever nothing something
trustno trustnoone nobody everybody anything secret123 access access14 letmeinplease
michael jennifer jessica ashley amanda daniel david robert thomas charlie andrew joshua matthew
anthony william christopher nicole michelle elizabeth sarah jordan taylor hunter austin
jackson justin brandon george harry oliver jack jacob emily sophie lucy alex alexander
maggie buster tigger bailey coco max molly charlie rocky lucky ginger pepper
chocolate cookie cookies cheese pizza banana bananas apple apples cherry candy sugar coffee
money money123 dollar dollars rich million millionaire success winner champion
killer hunter soldier warrior ninja samurai legend legends hero heroes
music guitar piano rock rockstar metallica nirvana beatles eminem
computer1 internet1 qwerty1 password1 abc123 abcd1234 aa123456 asdf1234 qwer1234 zxcv1234
woaini woaiwojia woaini1314 wangyu zhang wang liu chen yang huang zhao zhou
iloveyou520 caonima nihao nihao123 aini1314 yiersan yiersansi shuzi mima mimamima
woshishui wodemima zhongguo beijing shanghai shenzhen guangzhou huawei xiaomi tencent
lovelove hahaha hehe hehehe lalala lolol lol lmao omg yolo
blink182 qwerty123 123qwe 123abc abc123abc pass123 pass1234 password123
godisgood jesus jesuschrist christ church blessed blessing faith grace
computer company business office work working myspace website
america usa canada london paris berlin tokyo china india mexico brazil
mustang ferrari porsche corvette camaro harley yamaha honda toyota nissan mercedes bmw audi
superstar starlight moonlight midnight twilight darkness darkside death devil demon
welcome1 welcome123 letmein1 admin123 admin1234 root123 test123 test1234 guest123
batman123 superman123 dragon123 monkey123 football1 baseball1 princess1 sunshine1
iloveyou1 iloveyou2 trustno1 starwars1 shadow1 master1 michael1 jordan23
correcthorsebatterystaple correcthorse batterystaple horsebatterystaple
onetwothree onetwothreefour abcdefghijklmnop zyxwvutsrqponm
qwertyqwerty asdfasdf asdfasdfasdf zxcvzxcv passpass adminadmin testtest rootroot
`
  .split(/\s+/)
  .filter((w) => w.length > 0);
