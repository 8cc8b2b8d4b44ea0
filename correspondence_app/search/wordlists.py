# SPDX-License-Identifier: GPL-3.0-or-later
"""Word lists for the cross-alphabet keys: stopwords never take part ("нам" is not
"Name", "был" is not "bill"); common names with short keys do even where they open a
sentence.

The stopwords are the Snowball project's stop lists for German, English and Russian
(BSD licence, snowballstem.org), without the contracted English forms (the index splits
"don't" into "don" and "t"), with some frequent forms the Russian list lacks (нам, это,
наш, который ...). The names are common Russian and Ukrainian first names with their usual
short forms, and places. Lower case, as written: the search folds them before comparing.
"""

from __future__ import annotations

GERMAN = """
aber alle allem allen aller alles als also am an ander andere anderem anderen anderer
anderes anderm andern anderr anders auch auf aus bei beim bin bis bist da damit dann
dass daß der den des dem die das derselbe derselben denselben desselben demselben
dieselbe dieselben dasselbe dazu dein deine deinem deinen deiner deines denn derer
dessen dich dir du dies diese diesem diesen dieser dieses doch dort durch ein eine einem
einen einer eines einig einige einigem einigen einiger einiges einmal er ihn ihm es
etwas euer eure eurem euren eurer eures für gegen gewesen hab habe haben hat hatte
hatten hier hin hinter ich mich mir ihr ihre ihrem ihren ihrer ihres euch im in indem
ins ist ja jede jedem jeden jeder jedes jene jenem jenen jener jenes jetzt kann kein
keine keinem keinen keiner keines können könnte machen man manche manchem manchen
mancher manches mein meine meinem meinen meiner meines mit muss musste müssen nach
nein nicht nichts noch nun nur ob oder ohne schon sehr sein seine seinem seinen seiner
seines seit selbst sich sie ihnen sind so solche solchem solchen solcher solches soll
sollte sondern sonst über um und uns unse unsem unsen unser unses unter viel vom von
vor wäre wären während war waren warst was weg weil weiter welche welchem welchen
welcher welches wenn werde werden wie wieder will wir wird wirst wo wollen wollte
worden wurde wurden würde würden zu zum zur zwar zwischen
"""

ENGLISH = """
i me my myself we our ours ourselves you your yours yourself yourselves he him his
himself she her hers herself it its itself they them their theirs themselves what which
who whom this that these those am is are was were be been being have has had having do
does did doing would should could ought a an the and but if or because as until while
of at by for with about against between into through during before after above below to
from up down in out on off over under again further then once here there when where why
how all any both each few more most other some such no nor not only own same so than too
very can cannot will shall just also yes isn aren wasn weren hasn haven hadn doesn didn
wouldn shouldn couldn
"""

RUSSIAN = """
и в во не что он на я с со как а то все она так его но да ты к у же вы за бы по только
ее мне было вот от меня еще нет о из ему теперь когда даже ну вдруг ли если уже или ни
быть был него до вас нибудь опять уж вам сказал ведь там потом себя ничего ей может они
тут где есть надо ней для мы тебя их чем была сам чтоб без будто человек чего раз тоже
себе под жизнь будет ж тогда кто этот говорил того потому этого какой совсем ним здесь
этом один почти мой тем чтобы нее кажется сейчас были куда зачем сказать всех никогда
сегодня можно при наконец два об другой хоть после над больше тот через эти нас про
всего них какая много разве сказала три эту моя впрочем хорошо свою этой перед иногда
лучше чуть том нельзя такой им более всегда конечно всю между
нам нами вами ими мной мною тобой собой тебе нему ними оно это эта весь вся свой своя
свои своё своей своего твой твоя твои твоё наш наша наше наши нашей нашего ваш ваша
ваше ваши вашей вашего мои моё моей моего также очень лишь либо пока который которая
которое которые которого которой котором которых буду будем будешь будут нужно сама
само сами туда сюда откуда однако поэтому просто вообще итак
"""

NAMES = """
александр алексей анатолий андрей антон аркадий арсений артур богдан борис вадим
валентин валерий василий виктор виталий владимир владислав вячеслав геннадий георгий
глеб григорий даниил денис дмитрий евгений егор иван игорь илья кирилл константин леонид
максим матвей михаил никита николай олег павел пётр роман руслан святослав семён сергей
станислав степан тимофей тимур фёдор филипп эдуард юрий яков ярослав олександр олексій
андрій дмитро сергій микола михайло тарас петро василь іван остап володимир євген
александра алина алёна анастасия ангелина анна антонина валентина валерия варвара
вероника виктория галина дарья диана евгения екатерина елена елизавета жанна зинаида
инна ирина карина кристина ксения лариса лидия людмила маргарита марина мария наталья
наталия нина оксана олеся ольга полина раиса светлана софия софья тамара татьяна ульяна
юлия олена ганна наталія тетяна ірина марія катерина світлана юлія вікторія христина
надія саша серёжа лёша дима миша коля володя вова юра федя паша маша наташа таня оля
лена ира аня юля галя надя даша настя ксюша
киев київ львов львів одесса омск пермь тверь крым россия рига
"""
