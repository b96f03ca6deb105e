"""Given names by language (closer 208, review 35; names 51): what tells a person's given name from the word opening a
standing's, a service's or a brand's phrase where both have a name's shape (`Orla Winner` a person, `Star Sitter`,
`Betfair Exchange`, `Grand Winner` a kind or a firm). Capitalization alone is no proof: any capitalized word in no
list is no given name (closer 202's withdrawn reading). So the words here are common given names of 21 language
groups (about 3,300: English, Irish, Scottish and Welsh, German, French, Spanish and Portuguese, Italian, Dutch,
Nordic, Polish, Czech and Slovak, Russian and Ukrainian and Greek in Latin letters, Turkish, Arabic and Persian in their
common transliterations, South Asian, Chinese pinyin, Japanese and Korean romanized, Vietnamese and Filipino, African,
Hebrew, Hungarian, Romanian and South Slavic), written once each (the first group holding a name keeps it). The rule:
none is a common word of a language the gate reads (BIP39's English list and its plurals, common_words' tables, their
everyday nouns), a brand's word (brand_words), a town or a country (geography), or a word, a place, a brand, a month,
a product or a character more often than a name where the gate reads text (`Grace`, `Hope`, `Rose`, `Mark`, `Will`,
`June`, `Paris`, `Jordan`, `Sydney`, `Victoria`, `Tesla`, `Mario`, `Wendy`, `Douglas`, `Una`, `Ville`, `Dev`, `Uri`
are left out); tests/test_names51.py holds the lexicon to it through those helpers. A vocabulary, not a census: a rule
reading it errs toward sending a rarer name's reading out, as the gate did before it.
Lexicon data, canonical (accents folded), lower case, compared whole; (names 52) a listed name's other common spellings
(a_listed_names_other_spelling) and Chinese and Korean given names of two syllables (two_name_syllables) are read by
rule, no list holding them all.
"""

from __future__ import annotations

import re
from typing import Dict, FrozenSet

from .bip39_words import a_common_word
from .canonical import HANGUL, canonical
from .common_words import EVERYDAY_NOUNS, a_common_word_in_a_language, a_common_word_of_a_language
from .geography import EAST_ASIAN_PLACES, TOWN_NAMES

_GIVEN_NAMES: Dict[str, str] = {
    "English": (
        "olivia emily amelia isla ava mia sophie sophia ella charlotte lily isabella evie poppy jessica alice chloe "
        "lucy sarah hannah emma laura rachel rebecca katie megan lauren amy eleanor harriet imogen catherine "
        "elizabeth margaret mary helen susan karen linda patricia barbara jennifer michelle nicola joanne deborah "
        "alexandra alexander oliver george harry jack noah charlie thomas oscar william james henry leo arthur "
        "freddie alfie theo archie joshua samuel daniel benjamin matthew michael david andrew robert richard "
        "christopher stephen peter paul simon timothy jonathan nicholas edward patrick abigail addison aimee alexis "
        "alison allison alyssa amanda angela angelina anna annabelle anne annie ashley audrey aubrey becky beth betty "
        "beverly brenda brianna bridget brooke caitlin candice caroline carolyn cassandra cheryl christina christine "
        "cindy claire clara colleen courtney cynthia dana danielle deanna debbie denise diana diane donna doris "
        "dorothy edith eileen elaine elise ellie eloise erica erin esther ethel evelyn faye felicity frances "
        "gabriella gabrielle gemma georgina gillian gladys gloria gwen gwendolyn hailey haley isabel isabelle "
        "jacqueline jane janet janice jenna jenny jill joan joanna jocelyn josephine joyce judith judy julia julie "
        "juliet kate katherine kathleen kathryn kathy kayla kelly kimberly kirsten kristen kristin krystal leah "
        "leslie lillian lindsay lisa lois loretta lorraine louisa louise lydia lynn mackenzie madeline mandy marcia "
        "maria marian marilyn marion marjorie martha maureen melanie melissa meredith mildred miranda molly monica "
        "nancy naomi natalie natasha nina paige pamela pauline penelope phoebe phyllis priscilla rosalind ruth "
        "sabrina samantha sandra shannon sharon sheila shirley stacy stephanie suzanne sylvia tamara tammy tanya "
        "teresa theresa tina tracy valerie vanessa vera vicky vivian wanda whitney yvonne zoe zoey scarlett layla "
        "riley nora camila everly quinn kinsley eliana skylar natalia kylie delilah adeline athena maya ariana "
        "mariana leilani hadley eliza rylee kaylee jordyn elena cora eva serena sadie madelyn lorna kirsty morag "
        "aaron adam adrian aidan aiden alan albert alex alfred andy anthony arnold barry bobby brad bradley brandon "
        "brendan brian bruce bryan byron calvin cameron carl chris clarence clifford clint colin craig curtis dan "
        "danny darren dave dennis derek dominic donald duncan dustin dylan eddie edgar edwin eli elijah elliot eric "
        "ernest ethan eugene evan felix franklin fred frederick gary gavin geoffrey gerald gilbert gordon graham greg "
        "gregory harold harvey hector herbert howard hugh ian isaac ivan jacob jake jamie jared jason jeff jeffrey "
        "jeremy jerome jerry jesse jim jimmy joel joey john johnny jon joseph josh julian justin keith kenneth kevin "
        "kyle larry lawrence leonard lewis lloyd logan luke marcus martin marvin maurice melvin micah mitchell nathan "
        "nathaniel neil nelson norman owen perry phil philip phillip ralph raymond reginald rick ricky rodney ronald "
        "ross roy russell ryan sam scott seth shane shaun shawn sidney steve steven stuart theodore tim toby todd "
        "tommy tony travis trevor vernon victor vincent walter wayne wesley zachary grayson wyatt jayden easton asher "
        "ezra landon nolan brayden jaxon caleb ryder colton kayden jeremiah harrison brody nicolas silas everett "
        "rowan weston ashton emmett bennett waylon xavier finley gideon ezekiel tristan bryce garrett damian malachi "
        "brantley"),
    "Irish, Scottish and Welsh": (
        "orla aoife niamh siobhan saoirse ciara sinead roisin caoimhe aisling mairead grainne eimear clodagh deirdre "
        "fiona sean ciaran cian oisin niall eoin darragh padraig liam conor ronan declan fergus callum ewan hamish "
        "alistair angus seamus eamon eamonn diarmuid donal colm ruairi tadhg fionn cathal aodhan enda kieran dara "
        "lorcan cormac rory tiernan odhran fiachra peadar sorcha aine brid maeve orlaith ailbhe blathnaid dearbhla "
        "fionnuala muireann nuala riona sadhbh treasa cliona laoise meabh eabha eilis iain murdo ruaridh lachlan "
        "ailsa mhairi catriona eilidh struan rhys dafydd gareth gethin owain iwan emyr aled bryn carys cerys ffion "
        "nia seren bethan rhiannon sian eleri angharad gwenllian lowri elin heledd tegan ioan llewellyn osian tomos "
        "emrys"),
    "German": (
        "ilse hilde hildegard hertha gertrud ursula ingrid helga brigitte renate monika sabine petra claudia andrea "
        "susanne birgit katrin anja silke heike kerstin stefanie nicole lena leonie marie johanna greta frieda ida "
        "mathilda emilia luisa annika jana lea lina mila paula tjorven jonas finn lukas leon elias maximilian moritz "
        "niklas tobias florian sebastian jan hendrik wolfgang dieter jurgen klaus gunter uwe rainer manfred horst "
        "helmut werner heinz karl friedrich wilhelm hans fritz ulrich volker bernd holger thorsten torsten matthias "
        "andreas stefan markus marco ralf rene sven timo uli ulf dirk gerhard gunther hartmut heinrich hermann "
        "joachim johannes jochen josef konrad kurt lothar ludwig lutz norbert reinhard rudolf siegfried wilfried "
        "winfried detlef eckhard gottfried bernhard benedikt dominik fabian jannik kilian leonhard lennard nico "
        "pascal philipp sascha soren torben valentin jakob anton henri levin luca mattis linus luis angelika anke "
        "annette antje barbel beate bettina britta carolin christa christiane cornelia dorothea elfriede elke "
        "elisabeth erika franziska frauke gabriele gisela gudrun hannelore heidi helene ines inge ingeborg irmgard "
        "jutta karin katharina kathrin lotte luise manuela margit marlene martina miriam nadine nadja rosemarie "
        "simone sonja svenja tanja ulrike verena waltraud wiebke lara lotta nele pia romy merle jule amelie carla "
        "helena ronja jorg"),
    "French": (
        "camille manon jade ambre margaux juliette clemence mathilde amandine aurelie celine sandrine nathalie sylvie "
        "veronique francoise monique genevieve agathe apolline capucine solene oceane lucas hugo louis gabriel jules "
        "raphael maxime antoine julien guillaume francois pierre jacques philippe thierry laurent olivier benoit "
        "mathieu etienne sebastien yannick cedric gaetan adele agnes alexia aline anais ariane berenice bernadette "
        "carole cecile chantal charlene christelle claudine colette coralie corinne delphine dominique elodie emeline "
        "emilie emmanuelle estelle eugenie fabienne gaelle ghislaine gisele heloise jeanne jocelyne josiane justine "
        "laetitia laure laurence lise lucie lucile maelle marthe martine maryse maud mireille muriel murielle myriam "
        "nadege noemie odette odile ophelie pascale perrine raymonde regine roxane segolene severine solange sylviane "
        "therese yvette lou romane clarisse celia adrien alain alexandre alphonse andre arnaud aurelien baptiste "
        "bastien bertrand bruno christophe claude clement corentin cyril cyrille damien denis didier edouard emmanuel "
        "enzo fabien fabrice florent franck frederic gael gaston gerard gilles gregoire herve hugues jean killian "
        "loic lucien marc marcel mathis matthieu michel mickael patrice quentin regis remi remy renaud romain serge "
        "stephane sylvain thibault thibaut timothee yann yves mathias renee"),
    "Spanish and Portuguese": (
        "lucia sofia valeria daniela carmen pilar rocio nuria inmaculada concepcion dolores mercedes "
        "beatriz marta raquel cristina veronica lorena alba irene noelia ainhoa itziar leire nerea maite mateo "
        "alejandro pablo alvaro javier sergio jorge diego carlos manuel jose antonio francisco juan miguel rafael "
        "fernando ignacio inaki joao goncalo tiago rodrigo afonso adriana alejandra alicia ana antonia araceli "
        "ariadna cecilia estefania fatima fernanda gabriela graciela guadalupe jimena josefa josefina juana leticia "
        "liliana lourdes lupita magdalena maribel marisol marisa noemi olga rebeca silvia susana ximena yolanda "
        "luciana renata agustina micaela antonella adolfo agustin alberto alfonso andres armando arturo benito "
        "bernardo cristian cristobal dario eduardo emilio enrique ernesto esteban eugenio federico felipe gerardo "
        "gilberto gonzalo guillermo gustavo hernan horacio jaime joaquin leonardo marcelo marcos mauricio octavio "
        "pedro ramiro ramon raul ricardo roberto rodolfo rogelio ruben tomas ulises vicente alonso emiliano matias "
        "thiago facundo santino bautista lautaro maximiliano ezequiel leandro mariano bruna catarina eduarda "
        "francisca giovana isabela joana larissa luana matilde priscila rafaela tatiana thais yasmin debora fabiana "
        "lurdes goreti leonor benedita artur caio cristiano davi diogo duarte fabio filipe guilherme heitor henrique "
        "mateus murilo nuno paulo renato rui vinicius vitor edson rogerio sandro reinaldo rolando ronaldo leonel "
        "simao gaspar"),
    "Italian": (
        "giulia chiara francesca federica alessia giorgia elisa valentina ilaria sara beatrice aurora ginevra "
        "vittoria gianluca giuseppe giovanni francesco alessandro lorenzo matteo riccardo davide stefano massimo "
        "fabrizio maurizio claudio salvatore vincenzo alessandra benedetta camilla caterina donatella eleonora "
        "elisabetta emanuela fiorella gaia giada gianna giovanna giuliana graziella letizia lucrezia michela "
        "nicoletta ornella paola patrizia raffaella rosanna rossella simona stefania tiziana alessio angelo carlo "
        "cesare corrado daniele domenico edoardo elia emanuele enrico ettore filippo flavio giacomo gianni gino "
        "giorgio gregorio guido jacopo marcello massimiliano mattia michele mirko nicolo paolo piero pietro raffaele "
        "rocco samuele silvio tommaso umberto valerio vittorio gennaro ciro carmine pasquale gaetano concetta assunta "
        "nunzia carmela giuseppina"),
    "Dutch": (
        "anouk sanne femke fleur noor tess saar lieke maaike marloes annemieke thijs daan sem bram lars jasper joost "
        "sjoerd wouter pieter gerrit jeroen maarten niels koen stijn willem anneke annemarie bregje carlijn daphne "
        "eline evi froukje hanneke janneke jolien karlijn kim loes maartje marieke mirjam nienke noortje renske tessa "
        "wilma fenna liesbeth willemijn arjen bart boris casper coen evert floris frits gijs henk jaap jelle joris "
        "joep jochem kees klaas luuk martijn pim ruud sjaak teun twan wim youri hidde siem mees rutger reinier gert "
        "geert wessel"),
    "Nordic": (
        "astrid sigrid solveig liv frida freja ebba saga elsa linnea maja alva tove birgitta margareta agneta malin "
        "sanna hanna emil oskar axel olle nils lennart gustav anders henrik mikael jens magnus rasmus bjorn erik "
        "lasse anneli britt cecilie ellen ellinor gunhild gunilla hanne inger josefin kajsa karina katrine lisbeth "
        "marit mette moa nanna oda pernille ragnhild randi stine tuva ulla vigdis aino eeva elina helmi iida kaisa "
        "katja kirsi leena liisa maija minna niina paivi pirjo riikka tiina tuula veera arne atle bengt birger "
        "christer eirik einar filip fredrik gunnar haakon hakan halvard harald ingvar isak ivar jarl jesper joakim "
        "johan jorgen kalle kasper kjell knut kristian kristoffer leif mattias mikkel morten olav olof ove peder "
        "petter rolf sigurd snorre steffen sune svein terje torbjorn trond vidar viggo antti eero heikki jari jukka "
        "juha kari lauri markku mikko pekka petri sami teemu tuomas aleksi eino veikko olli jussi janne"),
    "Polish, Czech and Slovak": (
        "agnieszka malgorzata katarzyna ewa zofia zuzanna aleksandra weronika karolina justyna dorota krzysztof piotr "
        "tomasz pawel michal marcin grzegorz jakub mateusz kacper szymon wojciech andrzej tereza jiri ondrej alicja "
        "beata bozena danuta dominika edyta elzbieta ewelina grazyna halina irena iwona izabela jadwiga janina "
        "jolanta kamila kasia kinga klaudia krystyna lucja marzena nikola oliwia patrycja paulina sylwia urszula "
        "wiktoria gosia basia ania marysia agata aneta anita celina ilona kornelia lidia magda milena roksana "
        "aleksander antoni bartosz bartek bogdan dariusz dawid franciszek henryk hubert igor jacek janusz jaroslaw "
        "jerzy kamil karol kazimierz leszek lukasz maciej marek mariusz mikolaj milosz patryk przemyslaw radoslaw "
        "rafal ryszard slawomir stanislaw tadeusz wiktor witold wladyslaw zbigniew zdzislaw zygmunt wojtek tymon "
        "ignacy alena anezka barbora dagmar eliska hana ivana jarmila jitka katerina kristyna lenka ludmila marketa "
        "michaela miroslava pavla radka sarka veronika vlasta zdenka zuzana adela blanka stanislava antonin bohumil "
        "bohuslav dalibor frantisek jaromir jaroslav jindrich karel ladislav lubomir matej miloslav miroslav pavel "
        "petr premysl radek radim stanislav stepan vaclav vladimir vojtech zdenek jozef juraj matus dusan branislav "
        "lubos rastislav"),
    "Russian and Ukrainian": (
        "alina anastasia anastasiya daria darya ekaterina yekaterina yelena elizaveta evgenia galina inna irina iryna "
        "kristina ksenia kseniya larisa lyudmila lyubov mariya nadezhda natalya oksana olena polina raisa svetlana "
        "tatyana ulyana viktoria yana yulia yuliya zoya zhanna taisiya vasilisa milana arina alyona masha dasha sasha "
        "katya nastya sveta olya galya halyna oleksandra khrystyna solomiya ivanna bohdana nataliya aleksandr alexei "
        "alexey oleksiy anatoly andrei andrey andriy artem artyom daniil danylo dmitri dmitry dmytro egor yegor "
        "evgeny yevgeny fyodor gennady georgy gleb grigory ilya kirill konstantin leonid maksim matvei mikhail "
        "mykhailo mykola nikita nikolai oleg petro pyotr ruslan semyon sergei sergey serhiy timofey vadim valery "
        "vasily vasyl viktor vitaly vitaliy volodymyr vladislav vyacheslav yaroslav yuri yury yuriy zakhar ostap "
        "kostya misha kolya dima vova volodya lyosha petya vanya vasya oleksandr olexander tetiana tetyana "
        "yevhen yevheniy mykyta ihor sergiy liudmyla"),
    "Greek": (
        "aikaterini angeliki antigoni chrysa dimitra despina eleni evangelia fotini ioanna irini kalliopi konstantina "
        "kyriaki niki panagiota paraskevi stavroula theodora vasiliki zoi eirini chrysoula efthymia alexandros "
        "angelos antonis apostolos athanasios christos charalampos dimitrios dimitris evangelos georgios giorgos "
        "ilias ioannis giannis kostas konstantinos kyriakos michalis nikolaos nikos panagiotis pavlos petros spyros "
        "spyridon stavros stelios theodoros thanasis vasilis vasileios yannis manolis sotiris lefteris thodoris "
        "achilleas leonidas odysseas"),
    "Turkish": (
        "aylin ayse aysegul ayten berna betul burcu busra cansu ceren didem ece elif emine esra fatma filiz gamze "
        "gizem gulsen hacer hande hatice hulya irem kubra leyla melike merve nazli nesrin ozge ozlem selin serap "
        "sibel songul sule tugba tulay yasemin yeliz zehra zeynep beyza azra nisa ahmet alper arda batuhan berk burak "
        "cem cemal cengiz emre enes engin erdem erkan eren ercan erhan fatih ferhat furkan gokhan halil hasan huseyin "
        "ilker kaan kadir kemal kerem koray levent mehmet mert murat necati oguz okan omer orhan osman ozan recep "
        "sinan suleyman tolga tuncay volkan yasin yavuz yigit serkan selim tarik mesut cagri taner"),
    "Arabic": (
        "aisha ayesha aicha amal amina aminah amira asma aya dalia dina dunya farah ghada hanan hayat hiba houda huda "
        "iman jamila khadija lamia lamya latifa leila lubna maha malak manal mariam maryam mona nadia najla najwa "
        "nawal nour rania rasha reem ruqayya safa safiya salma samar samira sawsan souad suad sumaya widad yasmina "
        "yousra yusra zahra zainab zaynab zeinab zineb nisrin nesrine abir asmaa ikram imane kawtar khawla loubna "
        "meriem nabila naima sahar siham wafa abdallah abdullah abdul abdel abdelkader abdelaziz abdulaziz "
        "abdulrahman abderrahmane adel adil ahmad ahmed akram ali amin amine amir amr anas anwar ashraf ayman ayoub "
        "bilal fadi fahd faisal farid fouad ghassan habib hadi hamid hamza hani haroun harun hassan hatem hicham "
        "hisham hossam hussein hussain ibrahim idris imad imran ismail issa jamal jalal jamil karim kareem khaled "
        "khalid khalil mahmoud mahmud majid malik mansour marwan mehdi mohamed mohammed mohammad muhammad mohamad "
        "muhamad muhammed mostafa mustafa moustafa mounir nabil nader nasser nizar omar osama oussama othman qasim "
        "rachid rashid rami reda ridha saad sabri saleh salah salim samir sayed sharif sofiane sufyan tarek tariq "
        "waleed walid wael yahya yasser yassin yassine younes youssef yousef yusuf yousuf zakaria zakariya ziad zaid "
        "zayed bachir brahim driss mustapha redouane soufiane"),
    "Persian": (
        "afsaneh arezoo azadeh bahareh fariba farideh farnaz fereshteh golnaz haleh mahnaz mahsa mandana marjan minoo "
        "mitra nasrin nazanin negar niloufar nilufar parisa parvaneh parvin roya samaneh shabnam shadi shahla shirin "
        "simin sima soheila sousan tahereh yasaman ziba elnaz golnar mahin neda pegah sepideh setareh taraneh abbas "
        "afshin arash ardalan arman babak bahman behnam behrouz bijan dariush davoud ehsan farhad farzad fariborz "
        "farshid hamed hesam hooman hossein hamidreza javad jamshid kamran kaveh kazem keyvan kian kourosh mahdi "
        "manouchehr masoud mehran mehrdad milad mohsen mojtaba morteza navid omid parviz payam peyman pouya ramin "
        "reza saeed saman shahram shahriar siamak sina sohrab vahid"),
    "South Asian": (
        "aarti aditi aishwarya akanksha amrita anjali ankita aparna archana bhavna deepa deepika divya durga gayatri "
        "geeta gita harpreet indira jaya jyoti kavita kavya khushi komal kriti lakshmi madhu madhuri manisha meena "
        "meera megha nandini neha nisha pallavi pooja puja poonam preeti priya priyanka radha radhika rekha renu riya "
        "ritu rupa sakshi sangeeta sapna sarita seema shalini shanti shilpa shreya shweta simran sneha sonia sunita "
        "swati tanvi usha vandana varsha vidya yamini kiran manpreet gurpreet jaspreet amandeep navneet parveen "
        "nasreen shabana farzana rubina nazia saima sadia hina uzma bushra tahira shazia sumaira nusrat rukhsana "
        "tasnim sharmin tahmina rina mitali moumita sushmita ananya anika ishita aarohi diya saanvi myra kiara "
        "lavanya meenakshi saranya sowmya revathi kalpana malini padma keerthi nithya aakash abhishek aditya ajay "
        "akash akhil amit amitabh anand anil ankit ankur anuj anupam arjun arun arvind ashish ashok atul ayush balaji "
        "deepak dhruv dinesh ganesh gaurav girish gopal harish hemant hitesh ishaan jagdish jatin jay karan karthik "
        "kartik kishore krishna kunal lalit mahesh manish manoj mayank mohan mukesh naveen nikhil nilesh nitin pankaj "
        "pradeep prakash pranav prashant praveen rahul raj rajat rajesh rajiv rakesh ramesh ravi rishi rohan rohit "
        "sachin sagar sameer sandeep sanjay santosh satish saurabh shankar shashi shiv shubham siddharth sudhir sumit "
        "sunil suresh tarun tushar uday umesh varun vijay vikas vikram vinay vinod vishal vivek yash yogesh arnav "
        "aarav vihaan reyansh kabir jaswinder manjit ranjit baljit harjit sukhwinder gurdeep kuldeep amarjit asif "
        "irfan kashif nadeem naveed shahid waqar zubair zeeshan usman adnan fahad junaid rizwan sajid shoaib babar "
        "rafiq rashed shafiq rahim jahangir mahbub mizanur shakil sohel tanvir arif rubel sumon rakib shahin milon "
        "partha sourav subhash debashis arnab anirban suman biswajit kaushik sanjib murugan senthil karthikeyan "
        "venkatesh srinivas subramaniam raghav ramana ganesan selvam rajendran aravind ashwin vignesh prabhu gokul "
        "hari sathish"),
    "Chinese (pinyin)": (
        "wei jing ming ying xin hui qiang jie yong xiaoming xiaohong xiaoli xiaoyan xiaomei xiaojun xiaowei xiaoling "
        "xiaofeng xiaolong jianguo jianhua jianjun jianping guoqiang zhiqiang zhiwei zhihao haoran yuxuan zihan "
        "zixuan yichen yutong xinyi jiayi shuhan ruoxi yuhan zihao junjie jiahao jiawei jiaming mingyu minghui haoyu "
        "tianyu yuchen yifan yiming zhengyang weiming weijie wenjie wenjun wenhui lihua lijuan lixin liping xiuying "
        "guiying yuying yulan meiling meihua huiling huimin jingjing lili tingting yanyan dandan feifei lingling "
        "qingqing chunhua chunmei hongmei hongyan haiyan yanling xiuzhen shulan guifang"),
    "Japanese and Korean": (
        "yuki yuko yumi yui yuna yuka yukiko yoko yoshiko keiko kumiko kyoko mariko masako michiko naoko noriko reiko "
        "sachiko satomi sayaka tomoko akiko ayako chiaki chihiro emi haruka hinata hitomi kaori kanako kazumi kaede "
        "mayumi megumi miho miki mika misaki miyu momoko nanami natsuki nozomi rie saki shiori tomomi wakana yoshie "
        "aoi akane asuka airi ayaka ayumi fumiko hikari honoka junko kaho kei madoka manami misato rika ryoko shizuka "
        "takako yukari yuriko haruna mizuki ren akira atsushi daiki daisuke haruki haruto hayato hideki hideo hiroshi "
        "hiroki hiroto hiroyuki ichiro isamu jiro kaito katsuya kazuki kazuo kazuya keisuke kenichi kenji kenta "
        "kentaro kosuke makoto masahiro masaki masao masaru minoru naoki nobuo noboru osamu riku ryo ryota ryosuke "
        "shinji shinichi shota sota susumu takashi takeshi takumi takuya tatsuya tetsuya tomoya toru tsubasa yasuo "
        "yoshio yoshiro yuichi yuji yusuke yuta yuto yoshiki hikaru sosuke takahiro tomohiro kohei shohei yuma yudai "
        "jiwoo jiyeon jiyoung jihye jimin jisoo jiwon minji minseo minjung seoyeon seoyoon soyeon sooyoung sujin "
        "sunhee sunmi eunji eunjung eunhee hyejin hyunjung hyewon hayoung haeun yejin yerin chaeyoung dahye dayoung "
        "hyeri jieun jiyun mijin mikyung miyoung nayeon seulgi sohee sojin somin subin yeji younghee youngmi kyungmi "
        "eunbi hyuna jisu minho minjun minsu minseok jisung jihoon jiho jinwoo junho junseo junyoung hyunwoo hyunjin "
        "hyunsoo donghyun dongwook seojun seungho seunghyun sungmin sungho taeyang taehyun taeho woojin yoonho "
        "youngho youngsoo jaehyun jaewon jaesung jaemin jonghyun kyungsoo sangwoo sanghoon seokjin hoseok namjoon "
        "yoongi jungkook taehyung daehyun dohyun eunwoo gunwoo hajun joonho kwangsoo myungsoo sehun siwoo sunghoon "
        "wonho yejun yoojin chanwoo chulsoo youngjae"),
    "Vietnamese and Filipino": (
        "anh binh cuong duy giang hanh hien hieu hoang huong huy huyen khanh khoa kien linh minh ngoc nguyet nhung "
        "nhi phong phuc phuong quan quang quynh thanh thao thuy trang trinh trung tuan uyen viet vinh xuan diep "
        "thuong hoai maricel marites marivic mylene rowena rosalie marilou charmaine angelica kristine jenalyn "
        "jonalyn rhea analyn arlene evangeline imelda jovelyn liza luzviminda nenita rizalina teresita juanito "
        "ferdinand danilo reynaldo joselito jomar jayson arnel jonel rommel efren manny benigno ramil nestor wilfredo "
        "edgardo rodel jojo"),
    "African": (
        "adebayo adeola adewale adeyemi ayodele ayomide babatunde bolaji damilola folake folasade funmilayo ifeoluwa "
        "kehinde kunle olamide olumide oluwaseun seun olufemi femi segun taiwo temitope tunde wale yetunde bukola "
        "abimbola adesola titilayo toyin yemisi adaeze adanna amaka chiamaka chidi chidinma chika chinedu chinonso "
        "chioma chukwuemeka emeka ifeanyi ikenna kelechi ngozi nkechi nnamdi obinna obiora okechukwu somto uche "
        "uchenna ugochukwu nneka ebuka chinwe aminu abubakar musa garba sani hauwa jabari kamau wanjiru wambui njeri "
        "nyambura wanjiku akinyi achieng atieno otieno odhiambo omondi ochieng onyango kiprop kipchoge kibet chebet "
        "jelagat mwangi kariuki njoroge muthoni wairimu rehema subira halima mwajuma rashidi hamisi kwame kwabena "
        "kwaku kwadwo kofi kojo kwasi akosua adwoa abena akua afua efua esi ekua thabo sipho themba thandiwe thandeka "
        "nomvula nokuthula lindiwe zanele zodwa buhle lerato palesa nthabiseng tshepo kagiso bongani sibusiso mandla "
        "lwazi ayanda andile busisiwe mpho karabo tumelo naledi dineo abebe alemayehu almaz bekele dawit getachew "
        "haile kebede meseret tigist yohannes hirut mulugeta tsegaye biniam yonas selamawit mekdes tewodros"),
    "Hebrew": (
        "adi avital ayelet batsheva dafna efrat einat galit hadas hila hadar inbal keren limor liat moran noa noga "
        "ofra orit osnat rivka ruti sarit shira shlomit shulamit tali tamar yael yaffa yehudit yarden zehava ronit "
        "merav maayan shani noam tzipora asaf avraham barak boaz chaim doron eitan elad eliyahu erez haim itai itamar "
        "lior meir menachem moshe nadav nir ofer oren reuven roni shai shimon shlomo shmuel tomer tzvi yaakov yair "
        "yehuda yitzhak yoav yonatan yosef yossi zvi amnon avner ehud ilan nitzan shaul yigal"),
    "Hungarian, Romanian and South Slavic": (
        "aniko erzsebet eszter ildiko judit katalin krisztina melinda orsolya reka szilvia timea zsofia zsuzsanna "
        "bence balazs csaba gabor gergely istvan janos jozsef laszlo levente miklos sandor tamas tibor zoltan zsolt "
        "attila akos dezso ferenc gyorgy imre lajos alexandru andreea catalin cosmin dorin florin gheorghe ionut "
        "iulia liviu loredana marius mihaela mihai mirela nicoleta ovidiu radu raluca razvan roxana sorin adina anca "
        "corina lavinia oana teodora ciprian dragos ionel viorel aleksandar branko dejan dragan goran ivica jovan "
        "marko milos nemanja predrag slobodan srdjan vuk zoran zeljko biljana dragana gordana jelena jovana ljiljana "
        "marija milica mirjana natasa snezana tatjana vesna zorica zeljka tijana"),
}

# (names 52) Words of English, French, German and the brands' that two given names' syllables spell
# (two_name_syllables), measured over the tests' and the docs' texts and everyday vocabulary: words, not names.
_WORDS_OF_NAME_SYLLABLES: FrozenSet[str] = frozenset((
    # English's -ing forms and words
    "binding boning boxing dining ending guiding handing hexing jingling jinxing keying landing lining minding "
    "mingling mining mixing routing ruling shining siding siting tingling wending hailing haitian bosun sundae "
    # German's and other gate languages' words
    "danke anhang erlang kanga longyi longjing namae shishi yubin "
    # Chinese words a key, a route or a text holds in pinyin (name, full name, address, city, country, mailbox...)
    "mingzi xingming dizhi chengshi guojia zhongguo youjian youxiang xiansheng hanzi jingli meishi shimei chusheng "
    "minguo baozi jiaozi jumin xinhua baijiu zongzi hanwoo "
    # places beyond China's and Korea's towns and provinces (geography.EAST_ASIAN_PLACES), and brands, makers and
    # their cars' models
    "dubai solna huawei weibo weixin xiaomi taobao hongqi jingdong daewoo").split())

GIVEN_NAMES: FrozenSet[str] = frozenset(
    canonical(word)[0].lower() for words in _GIVEN_NAMES.values() for word in words.split())


def a_given_name(word: str) -> bool:
    """Whether `word` (as written, marks and a possessive `'s` aside) is a given name of GIVEN_NAMES, one written
    another common way (a_listed_names_other_spelling) or a Chinese or Korean given name of two syllables
    (two_name_syllables)."""
    word = word.strip(".,;:()!?–-")
    word = word[:-2] if word.endswith(("'s", "’s")) else word
    low = canonical(word)[0].lower()
    return low in GIVEN_NAMES or (
        4 <= len(low) <= 12 and (a_listed_names_other_spelling(low) or two_name_syllables(low)))


# (names 52, review 41) Spellings a listed name is commonly written in, each a rule of the language's writing:
# German writes an umlaut out as its vowel and `e` (`Jürgen` is `juergen`, `Jörg` `joerg`; the canonical form folds
# `ü` to `u`), Turkish too, opening the name (`Oezlem`); Ukrainian's official transliteration writes -ій as `ii` and
# -ія as `iia` where BGN's and Russian's write `iy`/`y` and `iya` (`serhii`, `anatolii`, `yuliia`); Russian `ks` for
# `x` (`aleksey`); Arabic's long vowels as `oo` for `u` (`mahmood`).
_SPELLINGS = (
    (re.compile(r"(?:(?<=[^aeiou])|^)([aou])e"), r"\1"),
    (re.compile(r"ii$"), "iy"), (re.compile(r"(?<=.{5})ii$"), "y"), (re.compile(r"iy$"), "y"),
    (re.compile(r"iia$"), "iya"),
    (re.compile(r"ks"), "x"),
    (re.compile(r"oo"), "u"),
)
_SPELLINGS_CUE = re.compile(r"[aou]e|i[iy]|ks|oo")  # one scan: most words hold none of them


def a_listed_names_other_spelling(low: str) -> bool:
    """Whether canonical lower-case `low` is a listed given name written in one of _SPELLINGS' common ways, and no
    common word of a gate language (a_common_word_in_a_language)."""
    found = _SPELLINGS_CUE.search(low) is not None and any(
        variant != low and variant in GIVEN_NAMES for pattern, spelling in _SPELLINGS
        for variant in (pattern.sub(spelling, low),))
    return found and not a_common_word_in_a_language(low)


# (names 52, review 41) A Chinese or a Korean given name is most often two syllables written together (`xiaoyu`,
# `junhao`; `minjae`, `seojin`, `doyun`): no list holds them all, but each is two of the syllables the language's names
# are made of. Pinyin's and Revised Romanization's (with the common older spellings) syllables that given names use,
# not every syllable of the language: with all ~400 of pinyin's, English's and German's everyday words split too
# (`women`, `taken`, `linen`, `leben`, `sagen`, `zeigen`). In pinyin a syllable opening on a, o or e after another
# takes an apostrophe (`xi'an`), so the second opens on a consonant, y or w.
_PINYIN_NAME_SYLLABLES = frozenset((
    "ai an ao bai bao bei bin bing bo can chang chao chen cheng chu chun cong dan di ding dong du en er fan fang fei "
    "feng fu gang gao guang gui guo hai han hang hao he heng hong hua huai huan hui jia jian jiang jiao jie jin jing "
    "jiu ju juan jun kai kang ke kun lan lang lei li lian liang lin ling liu long lu luo mei meng mi miao min ming mu "
    "nan ning pei peng ping qi qian qiang qiao qin qing qiu quan rong rou ru rui ruo shan shao sheng shi shu shuang si "
    "song tao tian ting tong wan wei wen xi xia xian xiang xiao xin xing xiong xiu xu xuan xue ya yan yang yao ye yi "
    "yin ying yong you yu yuan yue yun zhan zhao zhe zhen zheng zhi zhong zhou zhu zhuo zi zong").split())
_KOREAN_NAME_SYLLABLES = frozenset((
    "a ah ae beom bin bo byung byeong chae chan chang cheol chul da dae dam do dong eun gi geon geun gyeong gyu gun "
    "gwang ha hae han hee heon ho hoon hun hwa hwan hye hyeon hyun hyeok hyuk hyo in il jae jeong jung ji jin jo jong "
    "joo ju jun joon kang ki kyung kyu kwang min mi myeong myung na nam ra rin seo seok suk seon sun seong sung seung "
    "so sol soo su sook tae woo won wook ye yeon yeong young yoon yun yu yong yul").split())

# Cheap tests first: a word opening on no syllable's first two letters or ending on no syllable's last two (`-ed`,
# `-ly`, `-s`, `-t`) is split no further.
_NAME_SYLLABLES = _PINYIN_NAME_SYLLABLES | _KOREAN_NAME_SYLLABLES
_SYLLABLE_OPENINGS: FrozenSet[str] = frozenset(syllable[:2] for syllable in _NAME_SYLLABLES if len(syllable) > 1) | (
    frozenset(one + other[0] for one in _NAME_SYLLABLES if len(one) == 1 for other in _NAME_SYLLABLES))
_SYLLABLE_ENDINGS: FrozenSet[str] = frozenset(syllable[-2:] for syllable in _NAME_SYLLABLES if len(syllable) > 1) | (
    frozenset(other[-1] + one for one in _NAME_SYLLABLES if len(one) == 1 for other in _NAME_SYLLABLES))
_LONGEST_SYLLABLE = max(len(syllable) for syllable in _NAME_SYLLABLES)


def two_name_syllables(low: str) -> bool:
    """Whether canonical lower-case `low` (5 to 10 letters) splits into exactly two given names' syllables of one
    language (_PINYIN_NAME_SYLLABLES, pinyin's second opening on no vowel; _KOREAN_NAME_SYLLABLES) and is no common
    word of a gate language (a_common_word_in_a_language), no town (geography.TOWN_NAMES), no province or town of China
    or Korea (geography.EAST_ASIAN_PLACES, mend 52) and none of the words, places and brands two such syllables also
    spell (_WORDS_OF_NAME_SYLLABLES). One probe pair per cut: linear."""
    if not 5 <= len(low) <= 10 or low[:2] not in _SYLLABLE_OPENINGS or low[-2:] not in _SYLLABLE_ENDINGS or not (
            low.isascii() and low.isalpha()):
        return False
    found = False
    for cut in range(max(1, len(low) - _LONGEST_SYLLABLE), min(_LONGEST_SYLLABLE, len(low) - 1) + 1):
        head, tail = low[:cut], low[cut:]
        found = (head in _PINYIN_NAME_SYLLABLES and tail in _PINYIN_NAME_SYLLABLES and tail[0] not in "aoe") or (
            head in _KOREAN_NAME_SYLLABLES and tail in _KOREAN_NAME_SYLLABLES)
        if found:
            break
    return found and low not in _WORDS_OF_NAME_SYLLABLES and low not in TOWN_NAMES and (
        low not in EAST_ASIAN_PLACES and not a_common_word_in_a_language(low))


def a_common_words_not_a_name(words: str, ending: str = "s") -> bool:
    """(closer 210, review 37) Whether capitalized `words` in a person's place hold a common English word
    (bip39_words.a_common_word, glued to `ending`) or a common word of the gate's other languages
    (common_words.a_common_word_of_a_language, closer 212's: the same notion as
    lower_case_names.a_full_name_of_no_language) and open on no known given name (given_names.GIVEN_NAMES): a tool's, a
    bot's or a state's words (`Ticket Tool`, `Double Counter`, `Expires June`, `Neue Nachricht`), not `Orla Gold`. An
    unknown given name before a family name that is a common word goes out: the price."""
    split = [word.strip(".,;:()!?–-") for word in words.split()]
    return bool(split) and bool(split[0]) and not a_given_name(split[0]) and any(
        _a_common_word(word, (ending,)) for word in split)


def only_common_words(words: str, endings: tuple[str, ...] = ("s",)) -> bool:
    """(genealogy, closer 210; tidy 50) Whether every word of capitalized `words` is a common word of a language, as
    a_common_words_not_a_name reads one (glued to one of `endings` too: a plural's, a past's), none opening on a known
    given name: a wish's or a mood's words (`Always Loved`), no name's."""
    split = [word.strip(".,;:()!?–-") for word in words.split()]
    return bool(split) and bool(split[0]) and not a_given_name(split[0]) and all(
        _a_common_word(word, endings) for word in split)


def _a_common_word(word: str, endings: tuple[str, ...]) -> bool:
    """Whether `word` is a common English word (BIP39's, alone or glued to one of `endings`) or a common word of
    another language (common_words.a_common_word_of_a_language)."""
    return any(a_common_word(word, ending=ending) for ending in endings) or a_common_word_of_a_language(word)


def a_given_then_family_name(name: str) -> bool:
    """(closer 233, review 45) Whether `name`, two words a cue calls (a greeting's, a label's, a file's), opens on a
    known given name (a_given_name) and ends on a word that is no common word of a gate language
    (common_words.a_common_word_in_a_language): `Anna Schmidt`, not `Summer Sale` nor `Kitty Backpack`."""
    words = name.split()
    return len(words) >= 2 and a_given_name(words[0]) and not a_common_word_in_a_language(words[-1])


def a_things_words(words: str) -> bool:
    """(closer 215, review 39) Whether capitalized `words` in a person's place are a thing's, a brand's or an
    audience's, opening on no known given name: their first word a common word of a language
    (common_words.a_common_word_in_a_language: `Neue Eltern`, `Christmas Eve`, `StarBucks`), or any an everyday
    thing's noun (common_words.EVERYDAY_NOUNS: `Tee Trinker`, `MüllerBrot`). Narrower than a_common_words_not_a_name:
    a family name that is a common adjective after an unknown given name stays a name (`Elena Klein`); the price, one
    that is a thing's noun goes out (`Velmora Haus`)."""
    split = [word.strip(".,;:()!?–-") for word in words.split()]
    return bool(split) and bool(split[0]) and not a_given_name(split[0]) and (
        a_common_word_in_a_language(split[0]) or any(canonical(word)[0].lower() in EVERYDAY_NOUNS for word in split))


# (closer 225, review 43) A Korean given name in Hangul (`민지`, `서연`), as a device's default name holds it: its two
# syllables read in Revised Romanization (each syllable's initial, vowel and final consonant, as Unicode composes a
# Hangul syllable from them) are two of _KOREAN_NAME_SYLLABLES, with the common spellings of `우`, `욱` and `희`.
_HANGUL_INITIALS = "g kk n d tt r m b pp s ss - j jj ch k t p h".split()
_HANGUL_VOWELS = "a ae ya yae eo e yeo ye o wa wae oe yo u wo we wi yu eu ui i".split()
_HANGUL_FINALS = "- k k k n n n t l k m l l l p l m p p t t ng t t k t p t".split()
_HANGUL_SPELLINGS = {"u": "woo", "uk": "wook", "hui": "hee"}


_HANGUL_WORD = re.compile(f"{HANGUL}{{2,4}}")


def _romanized(syllable: str) -> str:
    """A Hangul syllable (U+AC00 to U+D7A3) in Revised Romanization, read alone (no sound change across syllables)."""
    initial, rest = divmod(ord(syllable) - 0xAC00, 588)
    vowel, final = divmod(rest, 28)
    spelled = "".join(part for part in (_HANGUL_INITIALS[initial], _HANGUL_VOWELS[vowel], _HANGUL_FINALS[final])
                      if part != "-")
    return _HANGUL_SPELLINGS.get(spelled, spelled)


def a_korean_given_name_in_hangul(word: str) -> bool:
    """Whether a Hangul `word` ends on a Korean given name's two syllables (above), after at most two more (a family
    name's: `김민지`, `남궁민지`); not a place's, a maker's or a word's (`한국`, `애플`, `최고`: no name's
    syllables)."""
    return _HANGUL_WORD.fullmatch(word) is not None and all(
        _romanized(char) in _KOREAN_NAME_SYLLABLES for char in word[-2:])
